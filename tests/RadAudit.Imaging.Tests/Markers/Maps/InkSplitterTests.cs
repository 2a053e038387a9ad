using RadAudit.Core;
using RadAudit.Imaging.Markers.Maps;

namespace RadAudit.Imaging.Tests.Markers.Maps;

public sealed class InkSplitterTests
{
    private static GrayImage LetterAboveInitials() => LabelTestImages.LetterAboveInitials(60);

    [Fact]
    public void Should_split_a_letter_from_the_initials_below_it_at_the_blank_rows()
    {
        // Given one box around both blocks
        var box = new LabelBox("a.png", 6, 8, 24, 28, LabelKinds.Laterality);

        // When it is split
        var parts = InkSplitter.Split(LetterAboveInitials(), box);

        // Then each part is its block plus one pixel of fringe
        Assert.Equal([(9, 9, 12, 17), (7, 27, 22, 8)], parts.Select(part => (part.X, part.Y, part.Width, part.Height)).ToArray());
        Assert.Equal(3 / 28.0, InkSplitter.WidestGap(LetterAboveInitials(), box)!.Value.RelativeLength, 12);
    }

    [Fact]
    public void Should_not_split_ink_without_a_gap()
    {
        // Given a box around the letter block alone
        var box = new LabelBox("a.png", 8, 8, 14, 19, LabelKinds.Laterality);

        // Then there is no blank band inside its ink
        Assert.Empty(InkSplitter.Split(LetterAboveInitials(), box));
        Assert.Equal(0, InkSplitter.WidestGap(LetterAboveInitials(), box)!.Value.Length);
    }

    [Fact]
    public void Should_not_split_a_flat_box()
    {
        var flat = new GrayImage(30, 30);
        Array.Fill(flat.Pixels, 0.4f);
        Assert.Null(InkSplitter.WidestGap(flat, new LabelBox("a.png", 2, 2, 20, 20, LabelKinds.Text)));
    }
}
