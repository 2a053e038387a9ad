using RadAudit.Core;
using RadAudit.Imaging.Markers.Evaluation;

namespace RadAudit.Imaging.Tests.Markers;

public sealed class DetectionEvaluatorTests
{
    private static LabelBox Box(string path, int x, int y, int width, int height, string kind = LabelKinds.Laterality) =>
        new(path, x, y, width, height, kind);

    [Fact]
    public void Should_compute_intersection_over_union_by_hand()
    {
        // Given two 10x10 boxes overlapping in a 5x10 strip, Then IoU = 50 / 150
        Assert.Equal(50.0 / 150, BoxMatcher.IntersectionOverUnion(Box("a", 0, 0, 10, 10), Box("a", 5, 0, 10, 10)), 12);
        Assert.Equal(0, BoxMatcher.IntersectionOverUnion(Box("a", 0, 0, 10, 10), Box("a", 10, 0, 10, 10)));
    }

    [Fact]
    public void Should_count_hits_misses_and_false_alarms_per_kind_and_overall()
    {
        // Given two images: in a.png the L is found and the initials are missed; in b.png a spurious box appears
        LabelBox[] truth = [Box("a.png", 0, 0, 10, 10), Box("a.png", 0, 20, 20, 5, LabelKinds.Initials)];
        LabelBox[] predicted = [Box("a.png", 1, 0, 10, 10), Box("b.png", 50, 50, 8, 8)];

        // When evaluated
        DetectionEvaluation result = DetectionEvaluator.Evaluate(truth, predicted);

        // Then overall TP 1, FP 1, FN 1; IoU of the hit = 90 / 110; coverage = 90 of 200 true pixels
        Assert.Equal((1, 1, 1), (result.Overall.TruePositives, result.Overall.FalsePositives, result.Overall.FalseNegatives));
        Assert.Equal(0.5, result.Overall.Precision);
        Assert.Equal(0.5, result.Overall.Recall);
        Assert.Equal(0.5, result.Overall.F1);
        Assert.Equal(90.0 / 110, result.Overall.MeanIoU, 12);
        Assert.Equal(90.0 / 200, result.Coverage, 12);
        KindMetrics initials = Assert.Single(result.PerKind, metrics => metrics.Kind == LabelKinds.Initials);
        Assert.Equal(0, initials.Recall);
        Assert.True(double.IsNaN(initials.Precision));
        // And the worst image comes first: a.png (coverage 0.45) before b.png (no truth)
        Assert.Equal(["a.png", "b.png"], result.Images.Select(image => image.Path));
    }

    [Fact]
    public void Should_require_the_same_kind_per_kind_but_not_overall()
    {
        LabelBox[] truth = [Box("a.png", 0, 0, 10, 10)];
        LabelBox[] predicted = [Box("a.png", 0, 0, 10, 10, LabelKinds.Initials)];
        DetectionEvaluation result = DetectionEvaluator.Evaluate(truth, predicted);
        Assert.Equal(1, result.Overall.Recall);
        Assert.Equal(0, result.PerKind.Single(metrics => metrics.Kind == LabelKinds.Laterality).Recall);
    }

    [Fact]
    public void Should_count_overlapping_predictions_once_for_coverage()
    {
        // Given one true box covered by two overlapping predictions that together cover its left 3/4
        var (covered, total) = LabelCoverage.Count([Box("a", 0, 0, 8, 2)], [Box("a", 0, 0, 4, 2), Box("a", 2, 0, 4, 2)]);
        Assert.Equal((12L, 16L), (covered, total));
    }
}
