using static TorchSharp.torch;

namespace RadAudit.Learning.Training;

/// <summary>MURA's weighted binary cross-entropy on logits.</summary>
/// <remarks>
/// loss = Σᵢ wᵢ · BCE(σ(zᵢ), yᵢ) / N, where wᵢ is the image's class weight (from the batch: MURA's per-study-type weights, RadAudit.Data.Loading.ClassWeights) and N
/// the batch size: the mean over the batch of the weighted per-image losses, as in MURA's formulation. Computed
/// from logits (log-sum-exp form) for numerical stability.
/// </remarks>
internal static class WeightedBinaryCrossEntropy
{
    public static Tensor Compute(Tensor logits, Tensor labels, Tensor weights)
    {
        using Tensor perImage = nn.functional.binary_cross_entropy_with_logits(logits, labels, reduction: nn.Reduction.None);
        using Tensor weighted = perImage * weights;
        return weighted.mean();
    }
}
