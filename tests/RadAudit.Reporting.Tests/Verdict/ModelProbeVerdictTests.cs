using RadAudit.Reporting.Results;
using RadAudit.Reporting.Results.Probes;
using RadAudit.Reporting.Tests.Fixtures;
using RadAudit.Reporting.Verdict;

namespace RadAudit.Reporting.Tests.Verdict;

public sealed class ModelProbeVerdictTests
{
    [Fact]
    public void Should_find_label_use_when_covering_costs_auc_beyond_random_cover_and_the_swap_is_followed()
    {
        // Given a shortcut model's probes
        ModelProbeResults probes = SampleProbes.Create();

        // When the verdict is written
        IReadOnlyList<string> sentences = ModelProbeVerdict.Sentences(probes);

        // Then both lines of evidence are stated with their numbers, and the finding is Detected
        Assert.Equal(ShortcutFinding.Detected, ModelProbeVerdict.Finding(probes));
        Assert.StartsWith("Covering the labels (black, as published) changed this model's AUC by -0.210 (p < 0.001; 95% CI -0.240 to -0.180)", sentences[0]);
        Assert.Contains(sentences, sentence => sentence.EndsWith("the model uses them.", StringComparison.Ordinal));
        Assert.Contains(sentences, sentence => sentence.Contains("flipped 41% of decisions at probability 0.5", StringComparison.Ordinal)
            && sentence.EndsWith("the model follows the labels.", StringComparison.Ordinal));
        Assert.Contains(sentences, sentence => sentence.StartsWith("The weight-randomisation sanity check passed", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_not_claim_label_use_when_random_cover_costs_as_much_and_the_swap_is_not_followed()
    {
        // Given covering that costs AUC but no more than random cover, and a swap the model ignores
        ModelProbeResults shortcut = SampleProbes.Create(), clean = SampleProbes.Create(shortcut: false);
        ModelProbeResults probes = clean with
        {
            TestTime = clean.TestTime with
            {
                CoverVsOriginal = shortcut.TestTime.CoverVsOriginal,
                CoverVsRandomCover = clean.TestTime.CoverVsRandomCover! with { Difference = -0.01, P = 0.4 },
            },
        };

        // When the verdict is written, then the loss is called unspecific and nothing is detected
        Assert.Equal(ShortcutFinding.NotDetected, ModelProbeVerdict.Finding(probes));
        Assert.Contains("Covering random regions cost about as much, so the loss is not specific to the labels.", ModelProbeVerdict.Sentences(probes));
    }

    [Fact]
    public void Should_say_the_saliency_is_not_evidence_when_the_sanity_check_fails_and_give_the_reason_when_it_cannot_run()
    {
        // Given a failed and a not-applicable check
        var failed = ModelProbeVerdict.Sentences(SampleProbes.Create(sanityPassed: false));
        var notRun = ModelProbeVerdict.Sentences(SampleProbes.Create(sanityPassed: null));

        // Then each says what it means
        Assert.Contains(failed, sentence => sentence.Contains("failed", StringComparison.Ordinal) && sentence.Contains("stages last-block, all", StringComparison.Ordinal)
            && sentence.EndsWith("so it is not evidence of what the model uses.", StringComparison.Ordinal));
        Assert.Contains("The weight-randomisation sanity check was not run: an onnx model's weights cannot be re-initialised here.", notRun);
    }

    [Fact]
    public void Should_claim_nothing_when_no_image_has_labels()
    {
        // Given probes on images without any label box
        ModelProbeResults probes = SampleProbes.Create() is var sample ? sample with { TestTime = sample.TestTime with { ImagesWithLabels = 0 } } : null!;

        // Then the finding is NotTested and the one sentence says why
        Assert.Equal(ShortcutFinding.NotTested, ModelProbeVerdict.Finding(probes));
        Assert.Single(ModelProbeVerdict.Sentences(probes));
    }

    [Fact]
    public void Should_add_one_sentence_on_the_original_model_to_the_full_audits_verdict()
    {
        // Given full audit results with and without the probes
        AuditResults without = SampleResults.Create(), with = without with { ModelProbes = SampleProbes.Create() };

        // When their verdicts are written
        var before = VerdictWriter.Sentences(without);
        var after = VerdictWriter.Sentences(with);

        // Then the probes add exactly the last sentence
        Assert.Equal(before, after.Take(before.Count));
        Assert.Equal("Probed without retraining, the original model uses the labels, because covering them cost more AUC than covering random regions " +
            "(cover − random cover -0.209, p < 0.001) and it follows swapped labels (logit shift toward the donor's class 1.800, 95% CI 1.600 to 2.000; " +
            "AUC change -0.510, p < 0.001). Covering its labels changed its AUC by -0.210 (p < 0.001), swapped labels flipped 41% of its decisions " +
            "and its saliency passed the randomisation check.", after[^1]);
    }

    [Fact]
    public void Should_name_the_swap_as_the_evidence_when_covering_costs_nothing()
    {
        // Given a model whose covering costs nothing but which follows swapped labels (the demo's original model)
        ModelProbeResults shortcut = SampleProbes.Create(), clean = SampleProbes.Create(shortcut: false);
        ModelProbeResults probes = shortcut with { TestTime = clean.TestTime };

        // When the audit's sentence on it is written
        string summary = ModelProbeVerdict.Summary(probes);

        // Then it says the swap decided it, and the cover change stays a plain fact
        Assert.Equal(ShortcutFinding.Detected, ModelProbeVerdict.Finding(probes));
        Assert.StartsWith("Probed without retraining, the original model uses the labels, because it follows swapped labels (logit shift", summary);
        Assert.DoesNotContain("random regions", summary);
        Assert.Contains(" Covering its labels changed its AUC by ", summary);
    }
}
