using System.Diagnostics;
using RadAudit.Audit.Steps;
using RadAudit.Core;
using RadAudit.Core.Scoring;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Learning.Saliency;
using RadAudit.Reporting.Results.Probes;

namespace RadAudit.Audit.ModelProbes;

/// <summary>
/// The probes of one trained model on one set of labelled images, in order: test-time masking, the marker swap, then
/// saliency (the primary method, occlusion as a check where the model has gradients), the randomisation sanity check
/// and the deletion curve on the saliency sample. Used by <c>radaudit audit-model</c> (<see cref="ModelAudit"/>) and by
/// the full audit on its original-image model.
/// </summary>
public static class ModelProbing
{
    /// <summary>What the probes found and how long each took.</summary>
    public sealed record Outcome(ModelProbeResults Results, IReadOnlyList<ProbeTiming> Timings);

    /// <summary>Runs every probe of <paramref name="model"/> on <paramref name="data"/> (labelled images of one split).</summary>
    public static Outcome Run(IScoringModel model, ImageDataSet data, BoxIndex boxes, ModelProbeSettings settings, TextWriter log,
        IProgress<ProgressReport>? progress, CancellationToken cancellation = default)
    {
        var timings = new List<ProbeTiming>();
        var clock = Stopwatch.StartNew();
        TestTimeMasking.Outcome testTime = TestTimeMasking.Run(model, data, boxes, settings, progress, cancellation);
        int labelled = testTime.Results.ImagesWithLabels;
        Record(timings, log, "test-time masking", clock, data.Records.Count, data.Records.Count + 5 * labelled);

        MarkerSwapResult? swap = MarkerSwap.Run(model, data, boxes, testTime.Original, settings, progress, cancellation);
        Record(timings, log, "marker swap", clock, swap?.NImages ?? 0, swap?.NImages ?? 0);

        string primary = settings.SaliencyMethod ?? (model.Info.Gradients ? SaliencyMethods.GradCam : SaliencyMethods.Occlusion);
        IReadOnlyList<ImageRecord> chosen = SaliencySample.Choose(data.Records, boxes, settings.SaliencyImages);
        ImageDataSet sample = data.WithRecords(chosen);
        ImageDataSet occlusionSample = data.WithRecords([.. chosen.Take(settings.OcclusionImages)]);
        ImageDataSet primarySample = primary == SaliencyMethods.Occlusion ? occlusionSample : sample;
        IReadOnlyList<ExplainedImage> explained = SaliencyProbe.Explain(primary, model, primarySample, boxes, settings, progress, "saliency: " + primary, cancellation);
        var methods = new Dictionary<string, AttentionFigures>(StringComparer.Ordinal) { [primary] = SaliencyProbe.Figures(explained) };
        if (primary != SaliencyMethods.Occlusion && occlusionSample.Records.Count > 0)
            methods[SaliencyMethods.Occlusion] = SaliencyProbe.Figures(SaliencyProbe.Explain(SaliencyMethods.Occlusion, model, occlusionSample, boxes,
                settings, progress, "saliency: occlusion", cancellation));
        Record(timings, log, "saliency", clock, sample.Records.Count, 0);

        SanityCheckResult sanity = SaliencySanity.Run(model, primary, explained, primarySample, boxes, settings, progress, cancellation);
        Record(timings, log, "sanity check", clock, primarySample.Records.Count, 0);

        DeletionCurveResult? deletion = DeletionCurve.Run(model, primary, explained, primarySample, boxes, settings, progress, cancellation);
        Record(timings, log, "deletion curve", clock, deletion?.NImages ?? 0, (deletion?.NImages ?? 0) * (DeletionCurve.Fractions.Count + 3));

        AttentionFigures main = methods[primary];
        var saliency = new ModelSaliencyResults(primary, main.EnergyInLabels, main.EnergyInLabelsCi95, main.Enrichment, main.EnrichmentCi95,
            main.LabelAreaFraction, main.PeakInLabelRate, main.NImages, methods, sanity, deletion);
        return new Outcome(new ModelProbeResults(Describe(model), testTime.Results, new CounterfactualResults(swap), saliency), timings);
    }

    /// <summary>The results record of a model.</summary>
    public static ProbedModel Describe(IScoringModel model) => new(model.Info.Kind, model.Info.Path, model.Info.Architecture, model.Info.Head,
        model.Input.Size, model.Input.Channels, model.Input.Normalisation.ToString(), model.Info.Runtime, model.Info.Gradients, model.Info.Notes);

    private static void Record(List<ProbeTiming> timings, TextWriter log, string step, Stopwatch clock, int images, int passes)
    {
        var timing = new ProbeTiming(step, Math.Round(clock.Elapsed.TotalSeconds, 1), images, passes);
        timings.Add(timing);
        log.WriteLine($"probe {step}: {timing.Seconds:0.0} s ({images} images{(passes > 0 ? $", {passes} scored" : "")})");
        clock.Restart();
    }
}
