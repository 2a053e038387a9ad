using RadAudit.Learning.Models;
using static TorchSharp.torch;

namespace RadAudit.Learning.Saliency;

/// <summary>
/// Class activation maps weighted by gradients: the map is Σ_c w_c · A_c over the feature channels A_c the head
/// reads, and each method supplies the channel weights w from the features and the gradients of the target score.
/// </summary>
/// <remarks>
/// Features come from <see cref="IFeatureClassifier.ForwardWithFeatures"/> rather than hooks (in-place ReLUs break
/// backward hooks). The gradient is taken with autograd.grad with respect to the features only, so the backward
/// pass stops at the head and parameter gradients are left untouched. The input is given a detached copy that
/// requires gradients, so frozen models still build a graph. Scores of the images are summed before the
/// backward pass: in evaluation mode each image's score depends only on its own features, so one pass gives
/// every image its own gradients.
/// </remarks>
public abstract class GradientCam : SaliencyMethod
{
    /// <summary>Wraps <paramref name="model"/>.</summary>
    protected GradientCam(IFeatureClassifier model)
        : base(model)
    {
    }

    /// <inheritdoc />
    protected sealed override (Tensor RawMaps, Tensor Logits) ComputeRawMaps(Tensor input, SaliencyTarget target)
    {
        using var gradientsOn = enable_grad();
        Tensor leaf = input.detach().requires_grad_(true);
        (Tensor features, Tensor logits) = Model.ForwardWithFeatures(leaf);
        if (features.dim() != 4 || features.shape[0] != input.shape[0])
            throw new InvalidOperationException(
                $"The model returned features of shape [{string.Join(", ", features.shape)}]; expected N × C × h × w with N = {input.shape[0]}.");
        Tensor score = TargetScore(logits, target).sum();
        Tensor gradients = autograd.grad([score], [features])[0];
        Tensor activations = features.detach();
        Tensor weights = ChannelWeights(activations, gradients.detach());
        Tensor maps = (weights.unsqueeze(-1).unsqueeze(-1) * activations).sum(1);
        return (maps, logits.detach());
    }

    /// <summary>The N × C channel weights from the activations and gradients (both N × C × h × w).</summary>
    protected abstract Tensor ChannelWeights(Tensor activations, Tensor gradients);
}
