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
        Assert.Equal("Labels alone predict abnormality: study-level AUC 0.64 (95% CI 0.61–0.67).", sentences[0]);
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
        Assert.Equal("Labels alone do not predict abnormality (study-level AUC 0.51, 95% CI 0.47–0.55): no shortcut through the labels is detectable.", sentences[0]);
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
        Assert.StartsWith("Labels alone predict normality: study-level AUC 0.42 (95% CI 0.38–0.46)", VerdictWriter.Sentences(results)[0]);
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
    public void Should_report_a_significant_change_from_covering_tested_over_seeds()
    {
        // Given three seeds whose cover − original differences average +0.017, p = 0.02 over the seeds
        AuditResults results = SampleResults.Create(seedCount: 3, coverP: 0.02);

        // Then the change is stated with the across-seeds p-value and interval, without a hedge
        string sentence = VerdictWriter.Sentences(results).Single(text => text.StartsWith("Covering the labels", StringComparison.Ordinal));
        Assert.Equal("Covering the labels changed AUC by +0.017 on average over 3 training seeds (p = 0.02; 95% CI +0.006 to +0.028, " +
            "counting seed-to-seed variation).", sentence);
    }

    [Fact]
    public void Should_call_a_non_significant_change_within_training_and_test_set_variation()
    {
        AuditResults results = SampleResults.Create(seedCount: 3, coverP: 0.41);
        string sentence = VerdictWriter.Sentences(results).Single(text => text.StartsWith("Covering the labels", StringComparison.Ordinal));
        Assert.EndsWith("which is within training and test-set variation: no detectable effect.", sentence);
        Assert.Contains("p = 0.41", sentence);
    }

    [Fact]
    public void Should_claim_no_change_between_retrained_models_on_one_seed_however_small_the_delong_p()
    {
        // Given one seed per condition and a paired DeLong p of 0.001 (the real-MURA false alarm of issue #21)
        AuditResults results = SampleResults.Create(seedCount: 1, coverP: 0.001);

        // When the verdict is written
        string verdict = VerdictWriter.Write(results);

        // Then the difference is given for the test images only, and the verdict says why no effect is claimed
        Assert.Contains("Covering the labels changed AUC by +0.013 on these test images (paired DeLong p = 0.001, counting the test images only).", verdict);
        Assert.Contains("With one training run per condition, a difference between two retrained models cannot be told from run-to-run variation", verdict);
        Assert.DoesNotContain("no detectable effect", verdict);
        Assert.DoesNotContain("also changed AUC", verdict);
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
        Assert.Contains("Across 3 training seeds the change from covering was +0.017 ± 0.004 (mean ± sd; per seed +0.013, +0.017, +0.021); 3 of 3 seeds reached paired DeLong p < 0.05 on the test images alone.", verdict);
    }

    [Fact]
    public void Should_give_no_seed_spread_with_one_seed_but_say_how_to_test_the_change()
    {
        string verdict = VerdictWriter.Write(SampleResults.Create(seedCount: 1));
        Assert.DoesNotContain("Across", verdict);
        Assert.Contains("Train 2 or more seeds per condition (--seeds 2, the audit's default; docs/validity.md) to test it.", verdict);
    }

    [Fact]
    public void Should_warn_when_covering_random_regions_also_changes_the_auc()
    {
        // Given three seeds whose random cover − original differences average -0.020, p = 0.01 over the seeds
        AuditResults results = WithRandomCover(-0.020, 0.01, new(-0.031, -0.009));

        // Then the verdict says part of the change may come from covering any area
        Assert.Contains("Covering random regions of the same size also changed AUC, by -0.020 on average over 3 training seeds (p = 0.01; " +
            "95% CI -0.031 to -0.009, counting seed-to-seed variation), so part of any change may come from covering image area rather than the labels.",
            VerdictWriter.Write(results));
    }

    [Fact]
    public void Should_not_claim_a_detectable_random_cover_change_smaller_than_a_hundredth()
    {
        // Given three seeds whose random cover − original differences average -0.006, p = 0.02 over the seeds (the
        // sweep's typical control: two nearly identical fine-tuned models differ precisely but by little)
        AuditResults results = WithRandomCover(-0.006, 0.02, new(-0.011, -0.001));

        // Then the verdict gives the difference, says it is below the smallest change it calls one, and does not warn
        string verdict = VerdictWriter.Write(results);
        Assert.Contains("Covering random regions of the same size changed AUC by -0.006 on average over 3 training seeds (p = 0.02; " +
            "95% CI -0.011 to -0.001, counting seed-to-seed variation): detectable, but smaller than 0.01 AUC, the smallest change the verdict " +
            "calls one, so covering image area by itself does not matter here.", verdict);
        Assert.DoesNotContain("also changed AUC", verdict);
    }

    [Fact]
    public void Should_call_a_small_detectable_change_from_covering_no_effect_that_matters()
    {
        AuditResults results = SampleResults.Create(seedCount: 3, coverP: 0.02);
        ComparisonResult cover = results.Comparisons.OriginalVsCover!;
        results = results with { Comparisons = results.Comparisons with { OriginalVsCover = cover with { AcrossSeeds = cover.AcrossSeeds! with { DifferenceMean = 0.009 } } } };
        string sentence = VerdictWriter.Sentences(results).Single(text => text.StartsWith("Covering the labels", StringComparison.Ordinal));
        Assert.StartsWith("Covering the labels changed AUC by +0.009 on average over 3 training seeds (p = 0.02;", sentence);
        Assert.EndsWith(": detectable, but smaller than 0.01 AUC, the smallest change the verdict calls one, so no effect that matters.", sentence);
    }

    [Theory]
    [InlineData(0.010, 0.049, RetrainedDifferenceCall.Changed)]
    [InlineData(-0.047, 0.001, RetrainedDifferenceCall.Changed)]
    [InlineData(0.0099, 0.001, RetrainedDifferenceCall.Negligible)]
    [InlineData(-0.020, 0.05, RetrainedDifferenceCall.None)]
    [InlineData(0.030, double.NaN, RetrainedDifferenceCall.None)]
    public void Should_call_a_change_only_when_detectable_and_at_least_a_hundredth(double mean, double p, RetrainedDifferenceCall expected) =>
        Assert.Equal(expected, RetrainedDifference.Call(mean, p));

    // Three seeds whose random cover − original test over the seeds gives this mean, p and interval.
    private static AuditResults WithRandomCover(double mean, double p, ConfidenceInterval ci)
    {
        AuditResults results = SampleResults.Create(seedCount: 3);
        ComparisonResult random = results.Comparisons.RandomCoverVsOriginal!;
        return results with
        {
            Comparisons = results.Comparisons with
            {
                RandomCoverVsOriginal = random with { AcrossSeeds = random.AcrossSeeds! with { DifferenceMean = mean, P = p, Ci95 = ci } },
            }
        };
    }
}
