using System.Text.Json;
using RadAudit.Core;
using RadAudit.Stats.Evaluation;
using RadAudit.Stats.Roc;

namespace RadAudit.Stats.Tests.Evaluation;

public sealed class ComparerTests
{
    private static readonly EvaluationOptions NoBootstrap = new() { BootstrapReplicates = 0 };
    private static readonly PredictionRecord[] A = EvaluatorTests.Images;

    // B: same images, listed in reverse order, with better separated scores.
    private static readonly PredictionRecord[] B = A.Reverse()
        .Select(image => image with { Score = image.Label == 1 ? 0.8 + image.Score / 10 : image.Score / 2 }).ToArray();

    [Fact]
    public void Should_match_rows_by_path_and_report_a_minus_b()
    {
        // Given two files with the same paths in different orders
        PairedComparison result = Comparer.Compare(A, B, NoBootstrap);

        // Then the paired test equals the one on hand-aligned scores, and the difference is A − B
        var aligned = PairedBinaryScores.FromLabels([0.9, 0.5, 0.2, 0.6, 0.4, 0.3], [0.89, 0.85, 0.1, 0.3, 0.84, 0.15],
            [true, true, false, false, true, false]);
        AucDifference expected = DeLong.Compare(aligned);
        Assert.Equal(7.0 / 9 - 1, result.Difference.Auc, 15);
        Assert.Equal(expected.Z, result.Difference.Z, 12);
        Assert.Equal(expected.P, result.Difference.P, 12);
        Assert.Equal((6L, 3L, 1), (result.Count, result.Positives, result.SkippedUnlabelled));
    }

    [Fact]
    public void Should_fail_clearly_when_the_paths_differ()
    {
        var problem = Assert.Throws<RadAuditException>(() => Comparer.Compare(A, B[1..].Append(B[0] with { Path = "other.png" }).ToArray(), NoBootstrap, "a.csv", "b.csv"));
        Assert.Contains("'s5/1.png' is in a.csv but not in b.csv", problem.Message);
    }

    [Fact]
    public void Should_fail_clearly_when_the_labels_differ()
    {
        var relabelled = B.Select(image => image.Path == "s3/1.png" ? image with { Label = 0 } : image).ToArray();
        var problem = Assert.Throws<RadAuditException>(() => Comparer.Compare(A, relabelled, NoBootstrap, "a.csv", "b.csv"));
        Assert.Contains("'s3/1.png' is labelled 1 in a.csv but 0 in b.csv", problem.Message);
    }

    [Fact]
    public void Should_fail_clearly_when_the_row_counts_differ()
        => Assert.Contains("rows", Assert.Throws<RadAuditException>(() => Comparer.Compare(A, B[1..], NoBootstrap)).Message);

    [Fact]
    public void Should_compare_studies_at_study_level()
    {
        PairedComparison result = Comparer.Compare(A, B, NoBootstrap with { Level = EvaluationLevel.Study });
        Assert.Equal((4L, 2L), (result.Count, result.Positives));
        Assert.Equal("study", result.Level);
    }

    [Fact]
    public void Should_serialise_the_compare_shape_with_a_bootstrap_interval()
    {
        PairedComparison result = Comparer.Compare(A, B, new EvaluationOptions { BootstrapReplicates = 100 });
        using JsonDocument json = JsonDocument.Parse(StatsJson.Serialize(result));
        JsonElement root = json.RootElement;
        Assert.Equal(["level", "n", "positives", "threshold", "skipped_unlabeled", "a", "b", "difference"],
            root.EnumerateObject().Select(property => property.Name));
        Assert.Equal(["auc", "ci95", "z", "p", "se", "ci95_bootstrap"],
            root.GetProperty("difference").EnumerateObject().Select(property => property.Name));
        Assert.True(root.GetProperty("a").TryGetProperty("kappa", out _));
        Assert.True(root.GetProperty("b").TryGetProperty("auc_ci95", out _));
    }
}
