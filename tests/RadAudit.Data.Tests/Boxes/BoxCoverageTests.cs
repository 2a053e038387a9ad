using RadAudit.Core;
using RadAudit.Data.Boxes;

namespace RadAudit.Data.Tests.Boxes;

/// <summary>Boxes for paths the data does not have are said, and a masking condition they would leave unmasked is refused.</summary>
public sealed class BoxCoverageTests
{
    private static readonly LabelBox OnA = new("img/a.png", 1, 1, 2, 2, LabelKinds.Laterality);
    private static readonly LabelBox OnC = new("img/c.png", 1, 1, 2, 2, LabelKinds.Laterality);
    private static readonly LabelBox OnD = new("img/d.png", 3, 3, 2, 2, LabelKinds.Initials);

    [Fact]
    public void Should_warn_about_boxes_for_unknown_paths_and_count_them()
    {
        // Given three boxes, two of them on two images the data does not have
        var boxes = new BoxIndex([OnA, OnC, OnD], "boxes.csv");

        // When compared with the data's two images for the cover condition
        var coverage = BoxCoverage.Of(boxes, ["img/a.png", "img/b.png"]);
        string? warning = coverage.CheckFor(Condition.Cover, "boxes.csv", "the data", "img/a.png");

        // Then the unknown boxes are counted and said, and the condition is not refused (one box is used)
        Assert.Equal(new BoxCoverage(3, 2, 2, "img/c.png"), coverage);
        Assert.Equal("boxes.csv: 2 of 3 boxes name 2 image path(s) that are not in the data (e.g. 'img/c.png'); they are not used. " +
            "Box paths must be spelled as the data set names its images.", warning);
    }

    [Fact]
    public void Should_say_nothing_when_every_box_names_an_image()
    {
        var coverage = BoxCoverage.Of(new BoxIndex([OnA]), ["img/a.png"]);

        Assert.Null(coverage.CheckFor(Condition.Cover, "boxes.csv", "the data", "img/a.png"));
    }

    [Fact]
    public void Should_refuse_a_masking_condition_whose_boxes_name_no_image_but_only_warn_for_the_original()
    {
        // Given boxes that all name images from another root
        var coverage = BoxCoverage.Of(new BoxIndex([OnC, OnD]), ["data/img/c.png"]);

        // When checked for the cover condition and for the original
        var refused = Assert.Throws<RadAuditException>(() => coverage.CheckFor(Condition.Cover, "boxes.csv", "the data", "data/img/c.png"));
        string? warning = coverage.CheckFor(Condition.Original, "boxes.csv", "the data", "data/img/c.png");

        // Then cover is refused naming both spellings and the boxes setting; the original condition only hears of it
        Assert.Equal("boxes.csv: none of its 2 boxes names an image of the data (a box path is 'img/c.png', an image path is 'data/img/c.png'), " +
            "so the cover condition would mask nothing. Write the box paths as the data set names its images.", refused.Message);
        Assert.Equal(Settings.Boxes, refused.Setting);
        Assert.StartsWith("boxes.csv: 2 of 2 boxes name 2 image path(s)", warning);
    }
}
