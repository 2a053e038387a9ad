using RadAudit.Core;
using RadAudit.Data.Boxes;

namespace RadAudit.Data.Tests.Boxes;

public sealed class BoxValidatorTests
{
    [Fact]
    public void Should_clip_report_and_count_every_box()
    {
        // Given a 100x50 image and boxes inside, across the edge, outside, and on an unknown image
        LabelBox inside = new("a.png", 10, 10, 5, 5, LabelKinds.Laterality);
        LabelBox across = new("a.png", 95, -3, 10, 10, LabelKinds.Initials);
        LabelBox outside = new("a.png", 200, 10, 5, 5, LabelKinds.Laterality);
        LabelBox unknown = new("z.png", 1, 1, 5, 5, LabelKinds.Laterality);

        // When validated
        var report = BoxValidator.Validate([inside, across, outside, unknown], path => path == "a.png" ? (100, 50) : null);

        // Then the inside box is kept as is, the crossing one clipped and reported, the others reported as unused
        Assert.Equal([inside, across with { X = 95, Y = 0, Width = 5, Height = 7 }], report.Usable);
        Assert.Equal((1, 1, 1), (report.ClippedCount, report.OutsideCount, report.UnknownPathCount));
        Assert.Equal(4, report.InputCount);
        Assert.Equal(report.InputCount, report.Usable.Count + report.OutsideCount + report.UnknownPathCount);
        Assert.Contains("2 used (1 clipped)", report.Summary());
    }

    [Fact]
    public void Should_look_up_boxes_by_exact_path()
    {
        var index = new BoxIndex([new("a.png", 1, 1, 1, 1, LabelKinds.Laterality), new("a.png", 2, 2, 1, 1, LabelKinds.Initials)]);
        Assert.Equal(2, index.For("a.png").Count);
        Assert.Empty(index.For("A.png"));
        Assert.Equal(2, index.Count);
    }
}
