namespace RadAudit.Stats.Attention;

/// <summary>How much of one image's saliency falls on its burned-in labels.</summary>
/// <param name="EnergyInLabels">Share of the positive heatmap mass inside the label region, in [0, 1]; NaN when
/// the map has no positive mass.</param>
/// <param name="PeakInLabel">Whether the heatmap's maximum lies in the label region (the pointing game); null when
/// the map has no positive value.</param>
/// <param name="LabelAreaFraction">Share of the image's pixels inside the label region, in [0, 1].</param>
/// <param name="Enrichment">EnergyInLabels / LabelAreaFraction: 1 = the labels get attention in proportion to their
/// area, above 1 = preferred; NaN when either is undefined or the image has no label region.</param>
/// <remarks>The label region is the union of the label boxes, each grown by the mask margin and clipped to the image.</remarks>
public sealed record LabelAttentionMeasures(double EnergyInLabels, bool? PeakInLabel, double LabelAreaFraction, double Enrichment)
{
    /// <summary>Whether the image has any label region (otherwise the measures say nothing about labels).</summary>
    public bool HasLabels => LabelAreaFraction > 0;

    /// <summary>Whether the map has any positive mass.</summary>
    public bool HasAttention => !double.IsNaN(EnergyInLabels);
}
