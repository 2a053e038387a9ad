using RadAudit.Core;
using RadAudit.Imaging.Geometry;
using RadAudit.Imaging.Markers.Maps;

namespace RadAudit.Imaging.Tests.Markers.Maps;

public sealed class LabelMapDecoderTests
{
    private static readonly string[] Kinds = [LabelKinds.Laterality, LabelKinds.Initials, LabelKinds.Text];

    // A 64 × 64 source seen by a 32-px input (scale 0.5) through a stride-2 map of 16 × 16 cells: one cell = 4 source px.
    private static LabelProbabilityMap Map(Action<float[]> paint)
    {
        var probabilities = new float[Kinds.Length * 16 * 16];
        paint(probabilities);
        return new LabelProbabilityMap(16, 16, Kinds, probabilities, ResizeGeometry.Letterbox(64, 64, 32, 32), 2);
    }

    private static void Fill(float[] probabilities, int kind, int left, int top, int right, int bottom, float value)
    {
        for (int y = top; y <= bottom; y++)
            for (int x = left; x <= right; x++)
                probabilities[(kind * 16 + y) * 16 + x] = value;
    }

    [Fact]
    public void Should_keep_a_letter_and_the_initials_touching_it_as_two_labels_of_their_kinds()
    {
        // Given a laterality blob (cells 2–4 × 2–5) directly above an initials blob (cells 2–6 × 6–7), and a flat image
        var map = Map(p => { Fill(p, 0, 2, 2, 4, 5, 0.9f); Fill(p, 1, 2, 6, 6, 7, 0.8f); });
        var image = new GrayImage(64, 64);

        // When the map is decoded
        var labels = LabelMapDecoder.Decode(map, image, "a.png");

        // Then there are two labels, each with its kind, its cells' extent in source pixels and its mean probability
        Assert.Equal(2, labels.Count);
        var letter = labels.Single(label => label.Box.Kind == LabelKinds.Laterality);
        var initials = labels.Single(label => label.Box.Kind == LabelKinds.Initials);
        Assert.Equal((8, 8, 12, 16), (letter.Box.X, letter.Box.Y, letter.Box.Width, letter.Box.Height));
        Assert.Equal((8, 24, 20, 8), (initials.Box.X, initials.Box.Y, initials.Box.Width, initials.Box.Height));
        Assert.Equal(0.9, letter.MeanProbability, 5);
        Assert.Equal(12, letter.Cells);
    }

    [Fact]
    public void Should_drop_a_less_probable_box_lying_inside_a_larger_label()
    {
        // Given a text blob (cells 2–9 × 2–5, 0.9) with two cells inside it called laterality at 0.6
        var map = Map(p => { Fill(p, 2, 2, 2, 9, 5, 0.9f); Fill(p, 0, 4, 3, 5, 3, 0.6f); });

        // When the map is decoded
        var labels = LabelMapDecoder.Decode(map, new GrayImage(64, 64), "a.png");

        // Then only the text label is left: the laterality box was a fragment of it
        var label = Assert.Single(labels);
        Assert.Equal(LabelKinds.Text, label.Box.Kind);
        Assert.Equal((8, 8, 32, 16), (label.Box.X, label.Box.Y, label.Box.Width, label.Box.Height));
    }

    [Fact]
    public void Should_keep_a_probable_letter_inside_a_loose_less_probable_box()
    {
        // Given the same shapes, the inner laterality cells now more probable (0.95) than the loose text blob (0.6)
        var map = Map(p => { Fill(p, 2, 2, 2, 9, 5, 0.6f); Fill(p, 0, 4, 3, 5, 3, 0.95f); });

        // When the map is decoded
        var labels = LabelMapDecoder.Decode(map, new GrayImage(64, 64), "a.png");

        // Then both are kept: the letter is not swallowed by the larger, less certain box
        Assert.Equal([LabelKinds.Laterality, LabelKinds.Text], labels.Select(label => label.Box.Kind).Order().ToArray());
    }

    [Fact]
    public void Should_find_nothing_below_the_threshold()
    {
        // Given a map that never reaches 0.5
        var map = Map(p => Fill(p, 2, 0, 0, 15, 15, 0.49f));

        // Then no label is read
        Assert.Empty(LabelMapDecoder.Decode(map, new GrayImage(64, 64), "a.png"));
    }

    [Fact]
    public void Should_take_the_peak_over_kinds_and_cells_on_the_image()
    {
        // Given a map whose highest value is a text cell
        var map = Map(p => { Fill(p, 0, 1, 1, 1, 1, 0.3f); Fill(p, 2, 9, 9, 9, 9, 0.7f); });

        // Then the peak is that value
        Assert.Equal(0.7f, map.Peak());
    }
}
