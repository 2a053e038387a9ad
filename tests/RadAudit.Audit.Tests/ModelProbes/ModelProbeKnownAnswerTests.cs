using System.Globalization;
using RadAudit.Reporting.Results;
using RadAudit.Reporting.Results.Probes;
using RadAudit.Reporting.Verdict;
using Xunit.Abstractions;

namespace RadAudit.Audit.Tests.ModelProbes;

/// <summary>
/// The known answers: a model trained on originals where the labels decide the class loses AUC under cover
/// (p &lt; 0.05) and not under random cover, follows swapped labels (flip rate ≥ 0.2) and has saliency that passes the
/// randomisation check; where the labels carry nothing, none of this fires (cover − original CI contains 0, flip rate
/// &lt; 0.1).
/// </summary>
[Trait("Category", "Slow")]
public sealed class ModelProbeKnownAnswerTests(ProbedModels models, ITestOutputHelper output) : IClassFixture<ProbedModels>
{
    [Fact]
    public void Should_lose_auc_when_the_labels_are_covered_and_not_when_random_regions_are_for_a_shortcut_model()
    {
        // Given the model trained where the labels decide the class (it learnt them: valid AUC asserted)
        TestTimeResults testTime = Report(models.Shortcut).TestTime;
        Assert.True(models.Shortcut.TrainedValidAuc > 0.9, $"trained valid AUC {models.Shortcut.TrainedValidAuc:0.000}");

        // When its test-time masking is read
        ProbeComparison cover = testTime.CoverVsOriginal!, random = testTime.RandomCoverVsOriginal!;

        // Then covering the labels costs AUC beyond chance, covering random regions does not, and the verdict says so
        Assert.True(cover.Difference < 0 && cover.P < 0.05, Describe(cover));
        Assert.True(random.P >= 0.05 || Math.Abs(random.Difference) < Math.Abs(cover.Difference) / 4, Describe(random));
        Assert.True(ModelProbeVerdict.LabelSpecificLoss(testTime));
        Assert.True(testTime.LabelsOnly!.AucCi95.Lower > 0.5, $"labels-only AUC {testTime.LabelsOnly.Auc:0.000}");
    }

    [Fact]
    public void Should_follow_swapped_labels_for_a_shortcut_model()
    {
        // Given the shortcut model's marker swap
        MarkerSwapResult swap = Report(models.Shortcut).Counterfactual.Swap!;

        // Then its logits move toward the donor's class and at least a fifth of its decisions flip
        Assert.True(swap.MeanLogitShiftCi95.Lower > 0, $"mean shift {swap.MeanLogitShift:0.000} CI {swap.MeanLogitShiftCi95}");
        Assert.True(swap.FlipRate >= 0.2, $"flip rate {swap.FlipRate:0.000}");
        Assert.True(ModelProbeVerdict.FollowsSwap(swap));
    }

    [Fact]
    public void Should_pass_the_randomisation_sanity_check_for_a_shortcut_model()
    {
        // Given the shortcut model's saliency (occlusion) and its cascading randomisation
        ModelSaliencyResults saliency = Report(models.Shortcut).Saliency;

        // Then its attention is on the labels, and every stage from the last block down changed it
        Assert.True(saliency.Enrichment > 2, $"enrichment {saliency.Enrichment:0.00}");
        Assert.Equal(4, saliency.Sanity.Stages.Count);
        Assert.True(saliency.Sanity.Passed, string.Join("; ", saliency.Sanity.Stages));
        Assert.Equal(ShortcutFinding.Detected, ModelProbeVerdict.Finding(Report(models.Shortcut)));
    }

    [Fact]
    public void Should_find_nothing_for_a_model_trained_where_the_labels_carry_nothing()
    {
        // Given the model trained at confounding 0
        ModelProbeResults results = Report(models.Clean);

        // Then covering the labels does not change its AUC beyond chance and swapping them flips few decisions
        ProbeComparison cover = results.TestTime.CoverVsOriginal!;
        MarkerSwapResult swap = results.Counterfactual.Swap!;
        Assert.True(cover.Ci95.Contains(0), Describe(cover));
        Assert.True(swap.FlipRate < 0.1, $"flip rate {swap.FlipRate:0.000}");
        Assert.NotEqual(ShortcutFinding.Detected, ModelProbeVerdict.Finding(results));
    }

    private ModelProbeResults Report(ProbedModels.Probed probed)
    {
        ModelProbeResults results = probed.Results;
        output.WriteLine($"trained valid AUC {probed.TrainedValidAuc:0.000}");
        output.WriteLine(probed.Log);
        output.WriteLine(ResultsJson.Options is { } options ? System.Text.Json.JsonSerializer.Serialize(results, options) : "");
        return results;
    }

    private static string Describe(ProbeComparison comparison) => string.Create(CultureInfo.InvariantCulture,
        $"{comparison.Input} − {comparison.Baseline}: {comparison.Difference:+0.000;-0.000} (CI {comparison.Ci95.Lower:0.000} to {comparison.Ci95.Upper:0.000}, p {comparison.P:0.0000})");
}
