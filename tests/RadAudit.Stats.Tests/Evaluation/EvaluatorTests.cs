using System.Text.Json;
using RadAudit.Core;
using RadAudit.Stats.Evaluation;

namespace RadAudit.Stats.Tests.Evaluation;

public sealed class EvaluatorTests
{
    private static readonly EvaluationOptions NoBootstrap = new() { BootstrapReplicates = 0 };

    // Two studies per body part; study s1 (abnormal) has images 0.9 and 0.5, s2 (normal) 0.2 and 0.6, etc.
    internal static readonly PredictionRecord[] Images =
    [
        new("s1/1.png", 1, 0.9, "s1", "p1", "XR_WRIST"),
        new("s1/2.png", 1, 0.5, "s1", "p1", "XR_WRIST"),
        new("s2/1.png", 0, 0.2, "s2", "p2", "XR_WRIST"),
        new("s2/2.png", 0, 0.6, "s2", "p2", "XR_WRIST"),
        new("s3/1.png", 1, 0.4, "s3", "p3", "XR_HAND"),
        new("s4/1.png", 0, 0.3, "s4", "p4", "XR_HAND"),
        new("s5/1.png", null, 0.7, "s5", "p5", "XR_HAND"),
    ];

    [Fact]
    public void Should_evaluate_every_labelled_image_and_count_the_unlabelled()
    {
        // Given seven images, one unlabelled
        EvaluationResult result = Evaluator.Evaluate(Images, NoBootstrap);

        // Then six are used: cases 0.9, 0.5, 0.4 vs controls 0.2, 0.6, 0.3 → 7 of 9 pairs
        Assert.Equal((6L, 3L, 1), (result.Count, result.Positives, result.SkippedUnlabelled));
        Assert.Equal(7.0 / 9, result.Auc, 15);
        Assert.Equal(2.0 / 3, result.Sensitivity, 15); // 0.9, 0.5 ≥ 0.5
        Assert.Equal(2.0 / 3, result.Specificity, 15); // 0.6 ≥ 0.5 is a false positive
        Assert.Null(result.AucCi95Bootstrap);
    }

    [Fact]
    public void Should_average_image_scores_per_study_at_study_level()
    {
        // Given study level with the mean rule: s1 0.7, s2 0.4, s3 0.4, s4 0.3
        EvaluationResult result = Evaluator.Evaluate(Images, NoBootstrap with { Level = EvaluationLevel.Study });

        // Then cases 0.7, 0.4 against controls 0.4, 0.3: 3.5 of 4 pairs
        Assert.Equal((4L, 2L), (result.Count, result.Positives));
        Assert.Equal(3.5 / 4, result.Auc, 15);
        Assert.Equal("mean", result.Aggregation);
    }

    [Fact]
    public void Should_take_the_highest_image_score_with_the_max_rule()
    {
        var studies = StudyAggregator.Aggregate(Images, StudyAggregation.Max);
        Assert.Equal([0.9, 0.6, 0.4, 0.3, 0.7], studies.Select(study => study.Score));
        Assert.Equal("s1", studies[0].Path);
        Assert.Equal("XR_WRIST", studies[0].BodyPart);
    }

    [Fact]
    public void Should_break_down_by_body_part()
    {
        EvaluationResult result = Evaluator.Evaluate(Images, NoBootstrap);
        Assert.Equal(["XR_HAND", "XR_WRIST"], result.PerBodyPart.Keys);
        Assert.Equal(1, result.PerBodyPart["XR_HAND"].Auc);
        Assert.Equal(0.75, result.PerBodyPart["XR_WRIST"].Auc, 15);
    }

    [Fact]
    public void Should_report_nan_with_a_note_when_only_one_class_is_labelled()
    {
        EvaluationResult result = Evaluator.Evaluate(Images.Where(image => image.Label != 0).ToArray(), NoBootstrap);
        Assert.True(double.IsNaN(result.Auc));
        Assert.Contains("only one class", result.Note);
    }

    [Fact]
    public void Should_fail_clearly_without_any_labelled_row()
    {
        var problem = Assert.Throws<RadAuditException>(() => Evaluator.Evaluate([Images[^1]], NoBootstrap, "x.csv"));
        Assert.Contains("x.csv", problem.Message);
    }

    [Fact]
    public void Should_reject_a_nan_score_naming_the_row()
    {
        PredictionRecord[] bad = [Images[0], Images[1] with { Score = double.NaN }];
        var problem = Assert.Throws<RadAuditException>(() => Evaluator.Evaluate(bad, NoBootstrap, "x.csv"));
        Assert.Contains("record 2 ('s1/2.png')", problem.Message);
    }

    [Fact]
    public void Should_reject_a_study_with_conflicting_labels_and_an_image_without_study()
    {
        var conflict = Assert.Throws<RadAuditException>(() => StudyAggregator.Aggregate([Images[0], Images[1] with { Label = 0 }], StudyAggregation.Mean));
        Assert.Contains("study 's1'", conflict.Message);
        var missing = Assert.Throws<RadAuditException>(() => StudyAggregator.Aggregate([Images[0] with { Study = "" }], StudyAggregation.Mean));
        Assert.Contains("no study id", missing.Message);
    }

    [Fact]
    public void Should_serialise_exactly_the_evaluate_keys()
    {
        // Given a result with a bootstrap
        EvaluationResult result = Evaluator.Evaluate(Images, new EvaluationOptions { BootstrapReplicates = 50 });

        // When serialised
        using JsonDocument json = JsonDocument.Parse(StatsJson.Serialize(result));
        string[] keys = json.RootElement.EnumerateObject().Select(property => property.Name).ToArray();

        // Then the keys come first in its order, followed by the documented extras
        Assert.Equal(["level", "n", "positives", "auc", "auc_ci95", "auc_ci95_bootstrap", "kappa", "sensitivity", "specificity",
            "threshold", "ppv", "npv", "accuracy", "youden_threshold", "auc_se", "auc_p_vs_chance", "skipped_unlabeled", "per_body_part"], keys);
        Assert.Equal(2, json.RootElement.GetProperty("auc_ci95").GetArrayLength());
        Assert.Equal(2, json.RootElement.GetProperty("auc_ci95_bootstrap").GetArrayLength());
        Assert.Equal(JsonValueKind.Number, json.RootElement.GetProperty("per_body_part").GetProperty("XR_WRIST").GetProperty("auc").ValueKind);
    }

    [Fact]
    public void Should_write_undefined_numbers_as_null()
    {
        EvaluationResult result = Evaluator.Evaluate(Images.Where(image => image.Label != 0).ToArray(), NoBootstrap);
        using JsonDocument json = JsonDocument.Parse(StatsJson.Serialize(result));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("auc").ValueKind);
        Assert.Contains("only one class", json.RootElement.GetProperty("note").GetString());
    }
}
