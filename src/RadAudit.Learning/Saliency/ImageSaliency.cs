using RadAudit.Core;
using RadAudit.Imaging;

namespace RadAudit.Learning.Saliency;

/// <summary>One image's saliency, mapped back to the original image.</summary>
/// <param name="Record">The image.</param>
/// <param name="Map">The heatmap at the original image's size, values in [0, 1] (maximum 1 unless all zero).</param>
/// <param name="Logit">The model's abnormal logit for the image.</param>
public sealed record ImageSaliency(ImageRecord Record, GrayImage Map, float Logit)
{
    /// <summary>The predicted probability of abnormal, σ(logit).</summary>
    public double Probability => 1.0 / (1.0 + Math.Exp(-Logit));
}
