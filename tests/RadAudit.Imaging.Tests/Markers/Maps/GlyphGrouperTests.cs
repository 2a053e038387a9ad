using RadAudit.Core;
using RadAudit.Imaging.Markers.Maps;

namespace RadAudit.Imaging.Tests.Markers.Maps;

public sealed class GlyphGrouperTests
{
    private static GrayImage Dark(int side, float level = 0.05f)
    {
        var image = new GrayImage(side, side);
        Array.Fill(image.Pixels, level);
        return image;
    }

    private static void Fill(GrayImage image, int left, int top, int right, int bottom, float value)
    {
        for (int y = top; y < bottom; y++)
            for (int x = left; x < right; x++) image[x, y] = value;
    }

    /// <summary>Letters 4 px wide, 2 px apart, <paramref name="height"/> high from <paramref name="top"/>, the first at <paramref name="left"/>.</summary>
    private static void Word(GrayImage image, int left, int top, int height, int letters = 3)
    {
        for (int letter = 0; letter < letters; letter++) Fill(image, left + 6 * letter, top, left + 6 * letter + 4, top + height, 0.9f);
    }

    private static (int X, int Y, int Width, int Height)[] Extents(IReadOnlyList<LabelBox> boxes) =>
        boxes.Select(box => (box.X, box.Y, box.Width, box.Height)).ToArray();

    [Fact]
    public void Should_give_a_letter_and_the_smaller_initials_beside_it_a_box_each()
    {
        // Given a tall letter (x 10–17, y 10–29) and three initials 8 px high on its baseline, 2 px to its right
        var image = Dark(50);
        Fill(image, 10, 10, 18, 30, 0.9f);
        Word(image, 20, 22, 8);

        // When the box around all of it is grouped
        var groups = GlyphGrouper.Groups(image, new LabelBox("a.png", 8, 8, 32, 24, LabelKinds.Initials));

        // Then the letter and the initials (one word: same height, 2 px apart) are two boxes with one pixel of fringe
        Assert.Equal([(9, 9, 10, 22), (19, 21, 18, 10)], Extents(groups));
        Assert.All(groups, group => Assert.Equal(LabelKinds.Initials, group.Kind));
    }

    [Fact]
    public void Should_keep_one_word_as_one_reading()
    {
        // Given three letters of one height in a row
        var image = Dark(40);
        Word(image, 8, 10, 8);

        // Then they are one group, which is the box itself: nothing new to offer
        Assert.Empty(GlyphGrouper.Groups(image, new LabelBox("a.png", 6, 8, 22, 12, LabelKinds.Initials)));
    }

    [Fact]
    public void Should_keep_a_ring_with_its_letter_and_part_it_from_initials_below()
    {
        // Given a ring (x 10–29, y 10–29, 2 px wide) holding a letter, and initials well below it
        var image = Dark(60);
        Fill(image, 10, 10, 30, 30, 0.9f);
        Fill(image, 12, 12, 28, 28, 0.05f);
        Fill(image, 17, 15, 23, 25, 0.9f);
        Word(image, 12, 40, 6);

        // When the box around both is grouped
        var groups = GlyphGrouper.Groups(image, new LabelBox("a.png", 8, 8, 26, 40, LabelKinds.Laterality));

        // Then the ring and its letter are one box, the initials another
        Assert.Equal([(9, 9, 22, 22), (11, 39, 18, 8)], Extents(groups));
    }

    [Fact]
    public void Should_read_the_letters_on_a_holder_against_the_holder()
    {
        // Given a lighter holder (x 5–44, y 5–44) on the dark margin, with a letter above initials on it
        var image = Dark(60);
        Fill(image, 5, 5, 45, 45, 0.5f);
        Fill(image, 15, 10, 25, 26, 0.9f);
        Word(image, 12, 32, 6);

        // When the box around the holder and the margin around it is grouped
        var groups = GlyphGrouper.Groups(image, new LabelBox("a.png", 0, 0, 50, 50, LabelKinds.Laterality));

        // Then the letter and the initials inside the holder get boxes of their own (the holder is the only group at
        // the margin's threshold, so it offers nothing itself)
        Assert.Equal([(14, 9, 12, 18), (11, 31, 18, 8)], Extents(groups));
    }

    [Fact]
    public void Should_offer_nothing_for_a_flat_box()
    {
        Assert.Empty(GlyphGrouper.Groups(Dark(30, 0.4f), new LabelBox("a.png", 2, 2, 20, 20, LabelKinds.Text)));
    }
}
