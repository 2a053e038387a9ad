using RadAudit.Learning.Models;
using RadAudit.Learning.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Learning.Saliency;

/// <summary>Grad-CAM++ (Chattopadhyay et al., WACV 2018): positive gradients weighted per pixel by α.</summary>
/// <remarks>
/// With g = ∂y/∂A (first-order gradients of the score, as in the paper's exponential-score derivation where the
/// higher derivatives become powers of g): α_c,ij = g² / (2g² + Σ_ab A_c,ab · g³), set to 0 where g = 0;
/// w_c = Σ_ij α_c,ij · ReLU(g_c,ij). Only pixels with g &gt; 0 contribute, where the denominator is positive
/// because A ≥ 0 after the final ReLU.
/// </remarks>
public sealed class GradCamPlusPlus(IFeatureClassifier model) : GradientCam(model)
{
    private const double Epsilon = 1e-7;

    /// <inheritdoc />
    public override string Name => "gradcam++";

    /// <inheritdoc />
    protected override Tensor ChannelWeights(Tensor activations, Tensor gradients)
    {
        // Number arguments are held Scalars (HeldScalars): saliency batches run beside the image loader.
        using Scalar epsilon = Epsilon.ToScalar();
        Tensor squared = gradients.pow(HeldScalars.Two);
        Tensor cubed = squared * gradients;
        Tensor activationSum = activations.sum([2, 3], keepdim: true);
        Tensor denominator = squared.mul(HeldScalars.Two)
            .add_(activationSum * cubed, HeldScalars.One)
            .add_(epsilon, HeldScalars.One);
        Tensor alpha = squared / denominator;
        alpha = where(gradients.ne(HeldScalars.Zero), alpha, zeros_like(alpha));
        return (alpha * nn.functional.relu(gradients)).sum([2, 3]);
    }
}
