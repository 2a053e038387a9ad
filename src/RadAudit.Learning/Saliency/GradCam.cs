using RadAudit.Learning.Models;
using static TorchSharp.torch;

namespace RadAudit.Learning.Saliency;

/// <summary>Grad-CAM (Selvaraju et al., ICCV 2017): each channel is weighted by its spatially averaged gradient.</summary>
/// <remarks>w_c = (1 / hw) Σ_ij ∂y/∂A_c,ij; map = ReLU(Σ_c w_c A_c), with y the target score (see <see cref="SaliencyTarget"/>).</remarks>
public sealed class GradCam(IFeatureClassifier model) : GradientCam(model)
{
    /// <inheritdoc />
    public override string Name => "gradcam";

    /// <inheritdoc />
    protected override Tensor ChannelWeights(Tensor activations, Tensor gradients) => gradients.mean([2, 3]);
}
