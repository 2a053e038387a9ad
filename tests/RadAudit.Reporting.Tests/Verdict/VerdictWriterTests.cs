using RadAudit.Reporting.Results;
using RadAudit.Reporting.Tests.Fixtures;
using RadAudit.Reporting.Verdict;

namespace RadAudit.Reporting.Tests.Verdict;

public sealed class VerdictWriterTests
{
    private static AuditResults WithLabelsOnly(double auc, double lower, double upper) =>
        SampleResults.Create() with { LabelsOnlyVsChance = new ChanceComparison(auc, new ConfidenceInterval(lower, upper), 0.3) };

    [Fact]
    public void Should_claim_a_shortcut_when_the_labels_only_interval_excludes_chance()
    {
        // Given a labels-only AUC whose CI lies above 0.5
        AuditResults results = WithLabelsOnly(0.64, 0.61, 0.67);

        // When the verdict is written
        IReadOnlyList<string> sentences = VerdictWriter.Sentences(results);

        // Then it opens with the claim, and the finding is Detected
        Assert.Equal("Labels alone predict abnormality: AUC 0.64 (95% CI 0.61–0.67).", sentences[0]);
        Assert.Equal(ShortcutFinding.Detected, VerdictWriter.Finding(results));
    }

    [Fact]
    public void Should_claim_no_shortcut_when_the_labels_only_interval_contains_chance()
    {
        // Given a labels-only AUC whose CI contains 0.5
        AuditResults results = WithLabelsOnly(0.51, 0.47, 0.55);

        // When the verdict is written
        IReadOnlyList<string> sentences = VerdictWriter.Sentences(results);

        // Then it says no shortcut is detectable, and no sentence claims the labels predict abnormality
        Assert.Equal("Labels alone do not predict abnormality (AUC 0.51, 95% CI 0.47–0.55): no shortcut through the labels is detectable.", sentences[0]);
        Assert.Equal(ShortcutFinding.NotDetected, VerdictWriter.Finding(results));
        Assert.StartsWith("No shortcut through the labels was detectable on 3,197 valid images", VerdictWriter.Headline(results));
    }

    [Fact]
    public void Should_treat_an_interval_touching_chance_as_containing_it()
    {
        // Given a CI whose lower bound is exactly 0.5
        AuditResults results = WithLabelsOnly(0.53, 0.50, 0.56);

        // Then no shortcut is claimed
        Assert.Equal(ShortcutFinding.NotDetected, VerdictWriter.Finding(results));
    }

    [Fact]
    public void Should_say_labels_predict_normality_when_the_interval_lies_below_chance()
    {
        AuditResults results = WithLabelsOnly(0.42, 0.38, 0.46);
        Assert.StartsWith("Labels alone predict normality: AUC 0.42 (95% CI 0.38–0.46)", VerdictWriter.Sentences(results)[0]);
        Assert.Equal(ShortcutFinding.Detected, VerdictWriter.Finding(results));
    }

    [Fact]
    public void Should_say_not_tested_without_a_labels_only_model()
    {
        AuditResults results = SampleResults.Create() with { LabelsOnlyVsChance = null };
        Assert.Contains("was not tested", VerdictWriter.Sentences(results)[0]);
        Assert.Equal(ShortcutFinding.NotTested, VerdictWriter.Finding(results));
    }

    [Fact]
    public void Should_report_a_significant_change_from_covering()
    {
        // Given cover − original = +0.013 with p = 0.02
        AuditResults results = SampleResults.Create(coverP: 0.02);

        // Then the change is stated with its p-value and interval, without a hedge
        string sentence = VerdictWriter.Sentences(results).Single(text => text.StartsWith("Covering the labels", StringComparison.Ordinal));
        Assert.Equal("Covering the labels changed AUC by +0.013 (p = 0.02; 95% CI +0.002 to +0.024).", sentence);
    }

    [Fact]
    public void Should_call_a_non_significant_change_within_chance_variation()
    {
        AuditResults results = SampleResults.Create(coverP: 0.41);
        string sentence = VerdictWriter.Sentences(results).Single(text => text.StartsWith("Covering the labels", StringComparison.Ordinal));
        Assert.EndsWith("which is within chance variation: no detectable effect.", sentence);
        Assert.Contains("p = 0.41", sentence);
    }

    [Fact]
    public void Should_state_the_label_attention_of_the_original_model()
    {
        string verdict = VerdictWriter.Write(SampleResults.Create());
        Assert.Contains("On original images 38% of Grad-CAM energy fell on labels covering 2% of the image (19× their share of the area)", verdict);
        Assert.Contains("With the labels covered, 3% of the energy fell on the covered boxes.", verdict);
    }

    [Fact]
    public void Should_say_saliency_is_unknown_when_missing()
    {
        AuditResults results = SampleResults.Create() with { Saliency = new Dictionary<string, SaliencyResult>() };
        string verdict = VerdictWriter.Write(results);
        Assert.Contains("Saliency was not computed, so where the models looked is unknown.", verdict);
        Assert.DoesNotContain("Grad-CAM energy", verdict);
    }

    [Fact]
    public void Should_give_per_seed_values_and_mean_and_sd_with_several_seeds()
    {
        // Given three seeds: labels-only AUCs 0.630, 0.638, 0.646 and cover differences +0.013, +0.017, +0.021
        AuditResults results = SampleResults.Create(seedCount: 3);

        // When the verdict is written
        string verdict = VerdictWriter.Write(results);

        // Then both spreads appear with mean ± sd and the per-seed values
        Assert.Contains("Across 3 training seeds the labels-only AUC was 0.638 ± 0.008 (mean ± sd; per seed 0.63, 0.64, 0.65).", verdict);
        Assert.Contains("Across 3 training seeds the change from covering was +0.017 ± 0.004 (mean ± sd; per seed +0.013, +0.017, +0.021); 3 of 3 seeds reached p < 0.05.", verdict);
    }

    [Fact]
    public void Should_not_mention_seeds_with_one_seed()
    {
        Assert.DoesNotContain("seeds", VerdictWriter.Write(SampleResults.Create(seedCount: 1)));
    }

    [Fact]
    public void Should_warn_when_covering_random_regions_also_changes_the_auc()
    {
        // Given random cover − original = -0.020 with p = 0.01
        AuditResults results = SampleResults.Create();
        results = results with
        {
            Comparisons = results.Comparisons with
            {
                RandomCoverVsOriginal = results.Comparisons.RandomCoverVsOriginal! with { Difference = -0.020, P = 0.01 },
            }
        };

        // Then the verdict says part of the change may come from covering any area
        Assert.Contains("Covering random regions of the same size also changed AUC (-0.020, p = 0.01), so part of any change may come from covering image area rather than the labels.",
            VerdictWriter.Write(results));
    }
}
