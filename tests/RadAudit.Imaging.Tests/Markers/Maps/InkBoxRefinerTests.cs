using RadAudit.Core;
using RadAudit.Imaging.Markers.Maps;

namespace RadAudit.Imaging.Tests.Markers.Maps;

public sealed class InkBoxRefinerTests
{
    // A dark 80 × 80 image with a mid-grey (0.45) bar at x 20–29, y 30–49: no part of it is near white.
    private static GrayImage Bar()
    {
        var image = new GrayImage(80, 80);
        Array.Fill(image.Pixels, 0.06f);
        for (int y = 30; y < 50; y++)
            for (int x = 20; x < 30; x++)
                image[x, y] = 0.45f;
        return image;
    }

    [Fact]
    public void Should_snap_a_coarse_box_a_few_pixels_off_to_the_ink_plus_one_pixel()
    {
        // Given a coarse box 3 px too far right and 2 px too short at the bottom
        var coarse = new LabelBox("a.png", 23, 30, 10, 18, LabelKinds.Laterality);

        // When it is refined with 4 px of slack
        LabelBox refined = InkBoxRefiner.Refine(Bar(), coarse, 4);

        // Then it holds the bar and one pixel of fringe on each side, path and kind kept
        Assert.Equal((19, 29, 12, 22), (refined.X, refined.Y, refined.Width, refined.Height));
        Assert.Equal(coarse.Kind, refined.Kind);
    }

    [Fact]
    public void Should_keep_the_coarse_box_where_no_ink_stands_out()
    {
        // Given a flat image
        var flat = new GrayImage(80, 80);
        Array.Fill(flat.Pixels, 0.3f);
        var coarse = new LabelBox("a.png", 10, 10, 8, 8, LabelKinds.Text);

        // Then the box is returned unchanged
        Assert.Equal(coarse, InkBoxRefiner.Refine(flat, coarse, 4));
    }

    [Fact]
    public void Should_not_grow_into_separate_ink_outside_the_box()
    {
        // Given the bar and a second blob 2 px to its right, outside the coarse box
        GrayImage image = Bar();
        for (int y = 30; y < 50; y++)
            for (int x = 32; x < 36; x++)
                image[x, y] = 0.45f;
        var coarse = new LabelBox("a.png", 20, 30, 10, 20, LabelKinds.Laterality);

        // When refined
        LabelBox refined = InkBoxRefiner.Refine(image, coarse, 4);

        // Then the neighbour is left out (it is not connected to the box's ink)
        Assert.Equal(31, refined.Right);
    }

    [Fact]
    public void Should_hug_a_mid_grey_letter_in_a_holder_rather_than_the_holder()
    {
        // Given the mid-grey bar in a tight holder 0.15 brighter than the margin (x 17–33, y 27–52), and a coarse box
        // reaching a pixel past the holder
        GrayImage image = Bar();
        for (int y = 27; y < 53; y++)
            for (int x = 17; x < 34; x++)
                if (image[x, y] < 0.2f) image[x, y] = 0.21f;
        var coarse = new LabelBox("a.png", 16, 26, 18, 28, LabelKinds.Laterality);

        // When refined with 4 px of slack (the window holds more margin than holder)
        LabelBox refined = InkBoxRefiner.Refine(image, coarse, 4);

        // Then the box is the bar's plus one pixel, not the holder's
        Assert.Equal((19, 29, 12, 22), (refined.X, refined.Y, refined.Width, refined.Height));
    }
}
