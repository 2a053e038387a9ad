using TorchSharp;

namespace RadAudit.Learning.Models;

/// <summary>
/// A binary classifier that also hands out the feature maps its head reads. Saliency methods use this instead
/// of forward hooks: in-place ReLUs break backward hooks (a known pitfall of the PyTorch CAM tools), so models
/// return their final features (after the last norm + ReLU) explicitly.
/// </summary>
public interface IFeatureClassifier
{
    /// <summary>
    /// Runs the model on an N × 1 × H × W batch. Returns the feature maps (N × C × h × w) the head pools, and
    /// the abnormality logits (N; sigmoid gives the probability of abnormal).
    /// </summary>
    (torch.Tensor Features, torch.Tensor Logits) ForwardWithFeatures(torch.Tensor input);
}
