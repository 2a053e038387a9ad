namespace RadAudit.Reporting.Results;

/// <summary>Label-attention metrics of one condition's Grad-CAM maps (<c>saliency.&lt;name&gt;</c>).</summary>
/// <remarks>
/// Computed on a fixed sample of valid images that have labels, on the label boxes as they sit in the model's
/// input. <see cref="EnergyInLabels"/> is the share of the map's total (non-negative) energy inside the boxes;
/// <see cref="LabelAreaFraction"/> the share of the image's area the boxes cover; <see cref="Enrichment"/> their
/// ratio (1 = attention proportional to area, i.e. no preference). <see cref="PeakInLabelRate"/> is the share of
/// images whose map maximum lies inside a box. All are means over the sampled images.
/// </remarks>
/// <param name="EnergyInLabels">Mean share of Grad-CAM energy inside the label boxes, in [0, 1].</param>
/// <param name="PeakInLabelRate">Share of images whose Grad-CAM peak lies in a label box, in [0, 1].</param>
/// <param name="Enrichment">Energy share divided by area share.</param>
/// <param name="LabelAreaFraction">Mean share of the image covered by label boxes, in [0, 1].</param>
/// <param name="NImages">Images the metrics were averaged over.</param>
public sealed record SaliencyResult(
    double EnergyInLabels,
    double PeakInLabelRate,
    double Enrichment,
    double LabelAreaFraction,
    int NImages);
