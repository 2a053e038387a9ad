namespace RadAudit.Stats.Attention;

/// <summary>Label-attention summary over one group of images (all, normal or abnormal) that have labels and attention.</summary>
/// <param name="Images">Images summarised (with a label region and a non-zero map).</param>
/// <param name="EnergyInLabels">Mean share of attention inside the labels, with its 95% CI.</param>
/// <param name="LabelAreaFraction">Mean share of image area inside the labels, with its 95% CI.</param>
/// <param name="Enrichment">Mean enrichment (energy / area), with its 95% CI; skewed, so read it with <see cref="EnrichedShare"/>.</param>
/// <param name="PeakInLabel">Share of images whose heatmap peak is in a label (pointing game), Wilson 95% CI.</param>
/// <param name="EnrichedShare">Share of images whose labels attract more attention than their area (enrichment &gt; 1), Wilson 95% CI.</param>
public sealed record AttentionGroupSummary(
    int Images,
    IntervalEstimate EnergyInLabels,
    IntervalEstimate LabelAreaFraction,
    IntervalEstimate Enrichment,
    IntervalEstimate PeakInLabel,
    IntervalEstimate EnrichedShare);
