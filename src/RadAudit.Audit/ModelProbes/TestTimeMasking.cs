using RadAudit.Core;
using RadAudit.Core.Scoring;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Imaging.Masking;
using RadAudit.Reporting.Results.Probes;

namespace RadAudit.Audit.ModelProbes;

/// <summary>
/// Probe 1: test-time masking. The same model scores the same images as given, with the labels covered (black as
/// published, mean, blur), with random regions of the same size covered (the control) and with only the labels kept;
/// paired DeLong and paired bootstrap compare cover − original and random-cover − original at image and study level.
/// </summary>
/// <remarks>
/// Covers and random-cover leave an image without label boxes as it is, and labels-only makes it all black: those
/// images keep the original's logit, or get the black image's, instead of being scored again (the same numbers).
/// </remarks>
public static class TestTimeMasking
{
    /// <summary>Input names as results.json spells them.</summary>
    public const string Original = "original", Cover = "cover", CoverMean = "cover-mean", CoverBlur = "cover-blur",
        RandomCover = "random-cover", LabelsOnly = "labels-only";

    /// <summary>What the probe found, and the original logits (the swap starts from them).</summary>
    public sealed record Outcome(TestTimeResults Results, ScoredImages Original);

    /// <summary>Runs the probe on every image of <paramref name="data"/>.</summary>
    public static Outcome Run(IScoringModel model, ImageDataSet data, BoxIndex boxes, ModelProbeSettings settings,
        IProgress<ProgressReport>? progress, CancellationToken cancellation)
    {
        ScoredImages original = ProbeScoring.Score(model, data, null, settings, progress, "test-time: original", cancellation);
        ImageDataSet labelled = data.Where(record => boxes.For(record.Path).Count > 0);
        var inputs = new Dictionary<string, ScoredImages>(StringComparer.Ordinal) { [Original] = original };
        foreach (var (name, fill) in new[] { (Cover, CoverFill.Black), (CoverMean, CoverFill.Mean), (CoverBlur, CoverFill.Blur) })
            inputs[name] = Edited(model, original, labelled, Hook(Condition.Cover, boxes, settings, fill), settings, progress, name, cancellation);
        inputs[RandomCover] = Edited(model, original, labelled, Hook(Condition.RandomCover, boxes, settings, CoverFill.Black), settings, progress,
            RandomCover, cancellation);
        ScoredImages labelsOnly = Edited(model, original, labelled, Hook(Condition.LabelsOnly, boxes, settings, CoverFill.Black), settings,
            progress, LabelsOnly, cancellation);
        float blank = labelled.Records.Count < data.Records.Count ? ProbeScoring.BlankLogit(model) : 0f;
        var withLabels = labelled.Records.Select(record => record.Path).ToHashSet(StringComparer.Ordinal);
        inputs[LabelsOnly] = labelsOnly with
        {
            Logits = [.. labelsOnly.Records.Select((record, index) => withLabels.Contains(record.Path) ? labelsOnly.Logits[index] : blank)],
        };
        return new Outcome(Assemble(inputs, settings, data.Records.Count, labelled.Records.Count), original);
    }

    private static TestTimeResults Assemble(Dictionary<string, ScoredImages> inputs, ModelProbeSettings settings, int images, int withLabels)
    {
        var predictions = inputs.ToDictionary(pair => pair.Key, pair => pair.Value.Predictions(), StringComparer.Ordinal);
        var aucs = predictions.ToDictionary(pair => pair.Key, pair => ProbeStatistics.Auc(pair.Value, pair.Key), StringComparer.Ordinal);
        ProbeComparison Versus(string input, string baseline) =>
            ProbeStatistics.Compare(predictions[input], predictions[baseline], input, baseline, settings.BootstrapReplicates, settings.Seed);
        var fills = new Dictionary<string, ProbeComparison>(StringComparer.Ordinal)
        {
            ["black"] = Versus(Cover, Original),
            ["mean"] = Versus(CoverMean, Original),
            ["blur"] = Versus(CoverBlur, Original),
        };
        return new TestTimeResults(aucs, fills["black"], Versus(RandomCover, Original), Versus(Cover, RandomCover), fills,
            ProbeStatistics.AgainstChance(predictions[LabelsOnly], LabelsOnly), images, withLabels);
    }

    private static Func<ImageRecord, Imaging.GrayImage, Imaging.GrayImage> Hook(Condition condition, BoxIndex boxes, ModelProbeSettings settings,
        CoverFill fill) => MaskTransform.Hook(new MaskOptions(condition, settings.Margin, fill, settings.Seed), boxes.For);

    // Scores the labelled images with the edit; every other image keeps the original's logit.
    private static ScoredImages Edited(IScoringModel model, ScoredImages original, ImageDataSet labelled,
        Func<ImageRecord, Imaging.GrayImage, Imaging.GrayImage> edit, ModelProbeSettings settings, IProgress<ProgressReport>? progress,
        string name, CancellationToken cancellation)
    {
        ScoredImages edited = ProbeScoring.Score(model, labelled, edit, settings, progress, "test-time: " + name, cancellation);
        var byPath = new Dictionary<string, float>(StringComparer.Ordinal);
        for (int i = 0; i < edited.Records.Count; i++) byPath[edited.Records[i].Path] = edited.Logits[i];
        return original with
        {
            Logits = [.. original.Records.Select((record, index) => byPath.TryGetValue(record.Path, out float logit) ? logit : original.Logits[index])],
        };
    }
}
