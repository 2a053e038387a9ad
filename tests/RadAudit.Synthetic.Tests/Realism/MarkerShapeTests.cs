using RadAudit.Core;
using RadAudit.Synthetic.Realism;

namespace RadAudit.Synthetic.Tests.Realism;

public sealed class MarkerShapeTests
{
    [Fact]
    public void Should_draw_holders_lighter_than_the_margin_around_the_letters()
    {
        // Given markers that all sit in a holder
        var renders = RealismRenders.Draw(RealismRenders.Only(r => r with { HolderChance = 1 }));
        int holders = 0;
        foreach (var (plan, marked, plain) in renders.Where(render => render.Marked.Markers.Count > 0))
        {
            // When the pixels the marker brightened outside its text boxes are collected
            var lifted = new List<float>();
            for (int y = 0; y < plain.Height; y++)
                for (int x = 0; x < plain.Width; x++)
                    if (!RealismRenders.InAnyBox(marked, x, y) && marked.Image[x, y] - plain[x, y] > 0.02f) lifted.Add(marked.Image[x, y] - plain[x, y]);

            // Then a lighter rectangle surrounds the letters: many pixels lifted by 0.05–0.2, none by more
            Assert.True(lifted.Count >= 20, $"{plan.Path}: {lifted.Count} holder pixels");
            Assert.InRange(RealismRenders.Quantile(lifted, 0.5), 0.04f, 0.21f);
            Assert.True(lifted.Max() <= 0.21f, $"{plan.Path}: holder lifted a pixel by {lifted.Max():0.00}");
            holders++;
        }
        Assert.True(holders >= 20);
    }

    [Fact]
    public void Should_box_words_and_numbers_as_text_apart_from_the_marker()
    {
        // Given markers that always carry a word and a number
        var renders = RealismRenders.Draw(RealismRenders.Only(r => r with { WordChance = 1, DigitsChance = 1 }));

        // Then each marked image has two text boxes, overlapping neither the letter nor the initials
        foreach (var (plan, marked, _) in renders.Where(render => render.Marked.Markers.Count == 4))
        {
            var text = marked.Markers.Where(m => m.Kind == LabelKinds.Text).ToList();
            Assert.Equal(2, text.Count);
            foreach (var word in text)
                Assert.All(marked.Markers.Where(m => m.Kind != LabelKinds.Text), other => Assert.False(Overlap(word.Bounds, other.Bounds), $"{plan.Path}: {word} overlaps {other}"));
        }
        Assert.Contains(renders, render => render.Marked.Markers.Count == 4);
    }

    [Fact]
    public void Should_cut_markers_at_the_image_border_when_asked()
    {
        // Given markers that are always cut (no collimation field, so the image border cuts them)
        var renders = RealismRenders.Draw(RealismRenders.Only(r => r with { CutChance = 1 }));

        // Then most marked images have a box touching the border, and none without a cut chance do
        int touching = renders.Count(render => render.Marked.Markers.Any(m => TouchesBorder(m.Bounds, render.Plain)));
        int uncut = RealismRenders.Draw(new MarkerRealism()).Count(render => render.Marked.Markers.Any(m => TouchesBorder(m.Bounds, render.Plain)));
        Assert.True(touching >= renders.Count * 0.8, $"{touching} of {renders.Count} cut");
        Assert.Equal(0, uncut);
    }

    private static bool TouchesBorder(Drawing.PixelBounds box, Imaging.GrayImage image) =>
        box.Left == 0 || box.Top == 0 || box.Right == image.Width || box.Bottom == image.Height;

    private static bool Overlap(Drawing.PixelBounds a, Drawing.PixelBounds b) =>
        a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
}
