using CsCheck;
using RadAudit.Imaging.Transforms;

namespace RadAudit.Imaging.Tests.Transforms;

public sealed class AspectResizeTests
{
    [Fact]
    public void Should_letterbox_a_wide_image_with_black_bands()
    {
        // Given a white 200x100 image
        var source = Filled(200, 100, 1f);

        // When padded into 100x100
        ResizedImage result = AspectResize.Apply(source, 100, 100, ResizeMode.Pad);

        // Then it is scaled by 0.5, centred vertically, white inside and black in the bands
        Assert.Equal(0.5f, result.Geometry.Scale);
        Assert.Equal((0f, 25f), (result.Geometry.OffsetX, result.Geometry.OffsetY));
        Assert.Equal(0f, result.Image[50, 10]);
        Assert.Equal(1f, result.Image[50, 50], 1e-5f);
        Assert.Equal(0f, result.Image[50, 90]);
    }

    [Fact]
    public void Should_crop_a_wide_image_to_cover_the_target()
    {
        // Given a 200x100 image, left half black, right half white
        var source = new GrayImage(200, 100);
        for (int y = 0; y < 100; y++)
            for (int x = 100; x < 200; x++) source[x, y] = 1f;

        // When cropped into 50x50
        ResizedImage result = AspectResize.Apply(source, 50, 50, ResizeMode.Crop);

        // Then the scale fills the height, 50 source columns are cut each side, and no padding appears
        Assert.Equal(0.5f, result.Geometry.Scale);
        Assert.Equal(-25f, result.Geometry.OffsetX);
        Assert.Equal(0f, result.Image[5, 25], 1e-5f);
        Assert.Equal(1f, result.Image[45, 25], 1e-5f);
    }

    [Fact]
    public void Should_average_fine_detail_when_shrinking()
    {
        // Given a one-pixel checkerboard
        var source = new GrayImage(64, 64);
        for (int y = 0; y < 64; y++)
            for (int x = 0; x < 64; x++) source[x, y] = (x + y) % 2;

        // When shrunk four times
        GrayImage result = AspectResize.Apply(source, 16, 16).Image;

        // Then every output pixel is mid-grey (no aliasing into black or white)
        Assert.All(result.Pixels, value => Assert.Equal(0.5f, value, 0.02f));
    }

    [Fact]
    public void Should_place_a_bright_spot_where_the_geometry_says()
    {
        Gen.Select(Gen.Int[20, 300], Gen.Int[20, 300], Gen.Int[16, 64], Gen.Bool).Sample((width, height, side, crop) =>
        {
            // Given a black image with a 6x6 white square at its centre
            var source = new GrayImage(width, height);
            for (int y = height / 2 - 3; y < height / 2 + 3; y++)
                for (int x = width / 2 - 3; x < width / 2 + 3; x++) source[x, y] = 1f;

            // When resized either way
            ResizedImage result = AspectResize.Apply(source, side, side, crop ? ResizeMode.Crop : ResizeMode.Pad);

            // Then the square's brightness centroid lies where the geometry maps the square's centre
            float[] pixels = result.Image.Pixels;
            double total = pixels.Sum();
            double centroidX = Enumerable.Range(0, pixels.Length).Sum(i => pixels[i] * (i % side + 0.5)) / total;
            double centroidY = Enumerable.Range(0, pixels.Length).Sum(i => pixels[i] * (i / side + 0.5)) / total;
            var (expectedX, expectedY) = result.Geometry.SourceToTarget(width / 2, height / 2); // the square spans [w/2 − 3, w/2 + 3, seed: "0N0XIzNsQ0O2")
            Assert.InRange(centroidX, expectedX - 0.75, expectedX + 0.75);
            Assert.InRange(centroidY, expectedY - 0.75, expectedY + 0.75);
        }, iter: 300);
    }

    private static GrayImage Filled(int width, int height, float value)
    {
        var image = new GrayImage(width, height);
        Array.Fill(image.Pixels, value);
        return image;
    }
}
