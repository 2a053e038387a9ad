namespace RadAudit.Learning.Saliency;

/// <summary>Which decision a saliency map explains for a single-logit (sigmoid) abnormality head.</summary>
/// <remarks>
/// A one-logit head has no separate "normal" output. The score explained is the abnormal logit z for
/// <see cref="Abnormal"/> and its negative −z for <see cref="Normal"/>: since σ(−z) = 1 − σ(z), −z is exactly
/// the logit of "normal", so "why normal" is the Grad-CAM of −z (gradients change sign, occlusion drops change sign).
/// </remarks>
public enum SaliencyTarget
{
    /// <summary>Explain the abnormal logit z (what pushes the model towards "abnormal").</summary>
    Abnormal,

    /// <summary>Explain −z, the logit of "normal" (what pushes the model towards "normal").</summary>
    Normal,
}
