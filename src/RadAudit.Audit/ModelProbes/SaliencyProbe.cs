using RadAudit.Audit.Steps;
using RadAudit.Core;
using RadAudit.Core.Scoring;
using RadAudit.Data.Boxes;
using RadAudit.Data.Loading;
using RadAudit.Data.Sets;
using RadAudit.Learning.Saliency;
using RadAudit.Reporting.Results.Probes;
using RadAudit.Stats.Attention;

namespace RadAudit.Audit.ModelProbes;

/// <summary>
/// Probe 3a: where the model's saliency falls. The fixed, label-balanced sample of the audit
/// (<see cref="SaliencySample"/>) is explained for the abnormal logit, each map projected back onto its image and
/// measured against the label boxes as the audit measures it (energy in labels, enrichment, with their CIs).
/// </summary>
public static class SaliencyProbe
{
    /// <summary>Explains every image of <paramref name="sample"/> with <paramref name="method"/>.</summary>
    public static IReadOnlyList<ExplainedImage> Explain(string method, IScoringModel model, ImageDataSet sample, BoxIndex boxes,
        ModelProbeSettings settings, IProgress<ProgressReport>? progress, string stage, CancellationToken cancellation)
    {
        SaliencyMethod explainer = ScoringModelSaliency.Create(method, model, settings.OcclusionStride);
        LoaderOptions loading = ProbeScoring.Loader(model, settings, null) with { BatchSize = Math.Min(settings.BatchSize, 8) };
        var explained = new List<ExplainedImage>(sample.Records.Count);
        foreach (ImageBatch batch in new ImageBatchLoader(sample, loading).Epoch(0, cancellation))
        {
            foreach (ImageSaliency image in ScoringModelSaliency.Explain(explainer, model, batch, SaliencyTarget.Abnormal))
            {
                var map = new AttentionMap(image.Map.Pixels, image.Map.Width, image.Map.Height);
                explained.Add(new ExplainedImage(image.Record, image.Map, LabelAttention.Measure(map, boxes.For(image.Record.Path), settings.Margin), image.Logit));
            }
            progress?.Report(new ProgressReport(stage, explained.Count, sample.Records.Count));
        }
        return explained;
    }

    /// <summary>The label-attention figures of the usable images.</summary>
    public static AttentionFigures Figures(IReadOnlyList<ExplainedImage> images)
    {
        AttentionGroupSummary summary = LabelAttentionAccumulator.SummarizeGroup(images.Where(image => image.Usable).Select(image => image.Measures));
        return new AttentionFigures(summary.EnergyInLabels.Estimate, Interval(summary.EnergyInLabels), summary.Enrichment.Estimate,
            Interval(summary.Enrichment), summary.LabelAreaFraction.Estimate, summary.PeakInLabel.Estimate, summary.Images);
    }

    private static Reporting.Results.ConfidenceInterval Interval(IntervalEstimate estimate) => new(estimate.Lower, estimate.Upper);
}
