using RadAudit.Core;
using RadAudit.Imaging.Geometry;
using RadAudit.Learning.Markers;

namespace RadAudit.Learning.Tests.Markers;

public sealed class DetectorInputTests
{
    // A 512 × 512 source letterboxed into the 256-px input (scale 0.5): one stride-2 map cell = 4 source pixels.
    private static readonly ResizeGeometry Geometry = ResizeGeometry.Letterbox(512, 512, 256, 256);

    private static float Cell(float[] targets, int kind, int x, int y) => targets[(kind * 128 + y) * 128 + x];

    [Fact]
    public void Should_mark_covered_cells_fully_and_edge_cells_by_the_share_covered()
    {
        // Given a laterality box over source x 40–50, y 80–88 (cells 10–12.5 and 20–22)
        var boxes = new[] { new LabelBox("a", 40, 80, 10, 8, LabelKinds.Laterality) };

        // When the targets are built
        float[] targets = DetectorInput.Targets(boxes, Geometry, LabelDetectorArchitecture.Default);

        // Then inner cells are 1, the right-hand column half covered, neighbours and other kinds 0
        Assert.Equal(1f, Cell(targets, 0, 10, 20));
        Assert.Equal(1f, Cell(targets, 0, 11, 21));
        Assert.Equal(0.5f, Cell(targets, 0, 12, 20), 5);
        Assert.Equal(0f, Cell(targets, 0, 13, 20));
        Assert.Equal(0f, Cell(targets, 0, 10, 22));
        Assert.Equal(0f, Cell(targets, 1, 10, 20));
        Assert.Equal(2.5f * 2, targets.Sum(), 4); // 2.5 cells across, 2 down
    }

    [Fact]
    public void Should_fold_other_into_text()
    {
        // Given a user's "other" box
        var boxes = new[] { new LabelBox("a", 0, 0, 8, 8, LabelKinds.Other) };

        // Then it is learnt as text (the segmenter has no channel of its own for it)
        float[] targets = DetectorInput.Targets(boxes, Geometry, LabelDetectorArchitecture.Default);
        Assert.Equal(1f, Cell(targets, 2, 0, 0));
    }
}
