using RadAudit.Imaging;
using RadAudit.Synthetic.Markers;
using RadAudit.Synthetic.Planning;
using RadAudit.Synthetic.Rendering;
using RadAudit.Testing;

namespace RadAudit.Synthetic.Tests;

public sealed class MarkerBoxTests
{
    private static readonly SynthesisOptions Options = SyntheticDataSets.Tiny(seed: 11) with { TrainStudies = 24, ValidStudies = 0, MaxSize = 128 };

    [Fact]
    public void Should_put_every_saturated_marker_pixel_inside_a_box_and_nothing_but_the_plate_outside()
    {
        // Given images rendered with and without their marker (identical otherwise)
        var plans = StudyPlanner.Plan(Options, TechnologistRoster.Create(Options.Seed));
        int inkPixels = 0, saturatedInk = 0;
        foreach (ImagePlan plan in plans)
        {
            var marked = RadiographRenderer.Render(plan, Options);
            GrayImage plain = RadiographRenderer.Render(plan, Options, drawMarkers: false).Image;

            // When pixels the marker brightened are compared with the boxes
            for (int y = 0; y < plain.Height; y++)
                for (int x = 0; x < plain.Width; x++)
                {
                    float added = marked.Image[x, y] - plain[x, y];
                    bool boxed = marked.Markers.Any(m => x >= m.Bounds.Left && x < m.Bounds.Right && y >= m.Bounds.Top && y < m.Bounds.Bottom);
                    // Then glyph ink (a large, near-saturated change) is always boxed; outside boxes only the faint plate (≤ 0.13)
                    if (!boxed) Assert.True(added <= 0.15f, $"{plan.Path}: pixel ({x},{y}) brightened by {added:0.00} outside every box");
                    if (added > 0.3f) { Assert.True(boxed, $"{plan.Path}: ink at ({x},{y}) outside every box"); inkPixels++; }
                    if (boxed && added > 0.3f && marked.Image[x, y] >= 0.9f) saturatedInk++;
                }
        }
        Assert.True(inkPixels > 1000, $"only {inkPixels} ink pixels: markers were not drawn");
        Assert.True(saturatedInk > inkPixels / 3, $"{saturatedInk} of {inkPixels} ink pixels are near-saturated");
    }

    [Fact]
    public void Should_write_tight_boxes_inside_the_images_that_hold_saturated_strokes()
    {
        // Given a generated set and its markers.csv
        using var folder = new TemporaryFolder();
        var summary = SyntheticDataSets.CreateMura(folder, Options);
        var boxes = SyntheticDataSets.ReadMarkers(summary.Root);
        Assert.Equal(summary.MarkerBoxes, boxes.Count);

        foreach (var group in boxes.GroupBy(b => b.Path))
        {
            // When each saved image is decoded
            GrayImage image = ImageCodec.Decode(Path.Combine(summary.Root, group.Key));
            foreach (var box in group)
            {
                // Then the box lies inside the image and holds near-saturated stroke pixels
                Assert.True(box.X >= 0 && box.Y >= 0 && box.Width > 0 && box.Height > 0, $"{box}");
                Assert.True(box.X + box.Width <= image.Width && box.Y + box.Height <= image.Height, $"{box} outside {image.Width}x{image.Height}");
                int saturated = 0;
                for (int y = box.Y; y < box.Y + box.Height; y++)
                    for (int x = box.X; x < box.X + box.Width; x++)
                        if (image[x, y] >= 0.9f) saturated++;
                Assert.True(saturated >= 2, $"{box}: {saturated} saturated pixels");
            }
        }
        Assert.Contains(boxes, b => b.Kind == "laterality");
        Assert.Contains(boxes, b => b.Kind == "initials");
    }

    [Fact]
    public void Should_draw_every_letter_of_the_embedded_font_inside_its_box()
    {
        // Given each glyph's centre lines (letters and the digits realistic markers print)
        foreach (char letter in StrokeFontLetters())
        {
            var strokes = Drawing.StrokeFont.Strokes(letter);

            // Then they lie in the em box (height 1, width as declared) and the letter has ink
            Assert.NotEmpty(strokes);
            Assert.All(strokes.SelectMany(s => s), p =>
            {
                Assert.InRange(p.X, -0.01f, Drawing.StrokeFont.Width(letter) + 0.01f);
                Assert.InRange(p.Y, -0.01f, 1.05f);
            });
        }
        Assert.Equal(36, StrokeFontLetters().Count()); // A–Z and 0–9
    }

    private static IEnumerable<char> StrokeFontLetters() => Drawing.StrokeFont.Letters;
}
