using RadAudit.Core;
using RadAudit.Imaging;
using RadAudit.Stats.Attention;

namespace RadAudit.Audit.ModelProbes;

/// <summary>One image's saliency map (on the original image), its label-attention measures and the explained logit.</summary>
/// <param name="Record">The image.</param>
/// <param name="Map">The map at the image's size, values in [0, 1].</param>
/// <param name="Measures">Energy in labels, peak, area, enrichment.</param>
/// <param name="Logit">The model's abnormality logit for the image.</param>
public sealed record ExplainedImage(ImageRecord Record, GrayImage Map, LabelAttentionMeasures Measures, float Logit)
{
    /// <summary>Whether the image counts in the attention means (it has labels and its map some positive mass).</summary>
    public bool Usable => Measures.HasLabels && Measures.HasAttention;
}
