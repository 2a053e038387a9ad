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
    public void Should_clip_a_box_as_large_as_an_int_to_the_image_instead_of_calling_it_outside()
    {
        // Given a box (10, 10, 2147483647, 2147483647) on a 100x50 image, as read from a box CSV
        var text = new StringReader("path,x,y,width,height,kind\na.png,10,10,2147483647,2147483647,laterality\n");
        LabelBox huge = Assert.Single(BoxCsvFile.Read(text, "boxes.csv"));

        // When validated
        var report = BoxValidator.Validate([huge], _ => (100, 50));

        // Then it is clipped to the image from (10, 10), not reported outside
        Assert.Equal([huge with { Width = 90, Height = 40 }], report.Usable);
        Assert.Equal((1, 0), (report.ClippedCount, report.OutsideCount));
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
