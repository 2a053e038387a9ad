using RadAudit.Reporting.Results;
using RadAudit.Reporting.Results.Probes;
using RadAudit.Reporting.Verdict;

namespace RadAudit.Reporting.Tests.Fixtures;

/// <summary>Fabricated probes of one trained model (a shortcut model unless told otherwise) and a model audit's results.</summary>
public static class SampleProbes
{
    /// <summary>Probes whose numbers say the model uses the labels (<paramref name="shortcut"/>) or not.</summary>
    public static ModelProbeResults Create(bool shortcut = true, bool? sanityPassed = true)
    {
        double drop = shortcut ? -0.21 : 0.004, p = shortcut ? 1e-9 : 0.71;
        var inputs = new Dictionary<string, ProbeInputResult>
        {
            ["original"] = Input(0.93),
            ["cover"] = Input(0.93 + drop),
            ["cover-mean"] = Input(0.93 + drop * 0.9),
            ["cover-blur"] = Input(0.93 + drop * 0.95),
            ["random-cover"] = Input(0.929),
            ["labels-only"] = Input(shortcut ? 0.88 : 0.51),
        };
        var cover = Comparison("cover", "original", drop, p);
        var fills = new Dictionary<string, ProbeComparison>
        {
            ["black"] = cover,
            ["mean"] = Comparison("cover-mean", "original", drop * 0.9, p),
            ["blur"] = Comparison("cover-blur", "original", drop * 0.95, p),
        };
        var testTime = new TestTimeResults(inputs, cover, Comparison("random-cover", "original", -0.001, 0.8),
            Comparison("cover", "random-cover", drop + 0.001, p), fills,
            new LabelsOnlyProbe(inputs["labels-only"].Auc, Interval(inputs["labels-only"].Auc, 0.04), shortcut ? 1e-12 : 0.6, 0.9, Interval(0.9, 0.05)),
            1000, 960);
        double shift = shortcut ? 1.8 : 0.02;
        var swap = new MarkerSwapResult(shift, Interval(shift, 0.2), Math.Abs(shift) + 0.1,
            new ShiftDistribution(-0.4, 0.6, shift, 2.9, 4.2, [.. Enumerable.Range(0, 11).Select(i => -5.0 + i)], [1, 2, 4, 9, 30, 80, 190, 300, 250, 134]),
            shortcut ? 0.41 : 0.03, Interval(shortcut ? 0.41 : 0.03, 0.03), shortcut ? 0.4 : 0.015, 0.5, shortcut ? 0.42 : 0.92, Interval(shortcut ? 0.42 : 0.92, 0.03),
            Comparison("swap", "original", shortcut ? -0.51 : -0.01, shortcut ? 1e-20 : 0.4), 1000, new SwapGroup(960, shift, shortcut ? 0.42 : 0.03),
            new SwapGroup(40, shift / 2, 0.2), 990);
        var figures = new AttentionFigures(shortcut ? 0.36 : 0.03, Interval(shortcut ? 0.36 : 0.03, 0.05), shortcut ? 14.2 : 1.1,
            Interval(shortcut ? 14.2 : 1.1, 2), 0.025, shortcut ? 0.5 : 0.02, 48);
        var sanity = sanityPassed is null
            ? new SanityCheckResult(null, "the rule", "an onnx model's weights cannot be re-initialised here", "occlusion", [])
            : new SanityCheckResult(sanityPassed, "the rule", null, "gradcam",
            [
                new RandomisationStage("head", 1, 0.2, Interval(0.2, 0.05), 0.31, true),
                new RandomisationStage("last-block", 65, sanityPassed.Value ? 0.04 : 0.35, Interval(0.04, 0.01), sanityPassed.Value ? 0.12 : 0.8, sanityPassed.Value),
                new RandomisationStage("half", 182, 0.03, Interval(0.03, 0.01), 0.05, true),
                new RandomisationStage("all", 364, sanityPassed.Value ? 0.025 : 0.33, Interval(0.025, 0.01), sanityPassed.Value ? 0.01 : 0.9, sanityPassed.Value),
            ]);
        var deletion = new DeletionCurveResult("gradcam", [new(0.01, 0.3), new(0.02, 0.5), new(0.05, 0.9), new(0.1, 1.2), new(0.2, 1.6)], 0.025,
            shortcut ? 1.9 : 0.05, 0.7, 0.06, 48);
        var saliency = new ModelSaliencyResults("gradcam", figures.EnergyInLabels, figures.EnergyInLabelsCi95, figures.Enrichment, figures.EnrichmentCi95,
            figures.LabelAreaFraction, figures.PeakInLabelRate, figures.NImages,
            new Dictionary<string, AttentionFigures> { ["gradcam"] = figures, ["occlusion"] = figures with { NImages = 16 } }, sanity, deletion);
        var model = new ProbedModel("run", "/runs/audit/jobs/original-seed1/train", "densenet-121", "logit", 224, 1, "radaudit",
            "TorchSharp 0.107.0, libtorch 2.10.0", true, ["checkpoint best"]);
        return new ModelProbeResults(model, testTime, new CounterfactualResults(swap), saliency);
    }

    /// <summary>A model audit's results around <see cref="Create"/>.</summary>
    public static ModelAuditResults Audit(bool shortcut = true, bool? sanityPassed = true)
    {
        ModelProbeResults probes = Create(shortcut, sanityPassed);
        var markers = new MarkerSummary(MarkerSummary.Given, "/data/boxes.csv", 960, 40, null);
        var config = new ModelAuditConfig("/data/MURA-v1.1", "mura", "valid", 1000, 380, "model.onnx", 4, 1000, 0.5, 48, 16, 1, "cpu");
        return new ModelAuditResults(probes.Model with { Kind = "onnx", Path = "/models/<team> & model.onnx" }, probes.TestTime, probes.Counterfactual,
            probes.Saliency, markers, ModelProbeVerdict.Write(probes), config,
            new Dictionary<string, string> { ["radaudit"] = "0.1.0", ["onnxruntime"] = "1.31.1" }, "sha256:4f1c2a9e0b7d");
    }

    private static ProbeInputResult Input(double auc) => new(auc, Interval(auc, 0.02), auc + 0.01, Interval(auc + 0.01, 0.03), 1000, 380);

    private static ProbeComparison Comparison(string input, string baseline, double difference, double p) =>
        new(input, baseline, difference, Interval(difference, 0.03), difference / 0.015, p, Interval(difference, 0.032),
            new PairedDifference(difference * 0.9, Interval(difference * 0.9, 0.04), difference / 0.02, Math.Min(1, p * 3), Interval(difference * 0.9, 0.042)));

    private static ConfidenceInterval Interval(double centre, double halfWidth) => new(centre - halfWidth, centre + halfWidth);
}
