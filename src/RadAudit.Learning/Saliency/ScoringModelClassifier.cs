using RadAudit.Core.Scoring;
using RadAudit.Learning.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Learning.Saliency;

/// <summary>
/// Any <see cref="IScoringModel"/> (an ONNX file, say) seen by the saliency methods that need only logits: occlusion
/// runs on it as on a TorchSharp model. It has no feature maps and no gradients, so the gradient methods refuse it
/// (it returns an empty feature tensor, which <see cref="GradientCam"/> rejects by shape).
/// </summary>
/// <param name="model">The model; inputs reach it as the CPU float arrays it scores.</param>
public sealed class ScoringModelClassifier(IScoringModel model) : IFeatureClassifier
{
    /// <inheritdoc />
    public (Tensor Features, Tensor Logits) ForwardWithFeatures(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        int count = (int)input.shape[0];
        using Tensor values = input.detach().to(float32).cpu().contiguous();
        float[] logits = model.Score(values.data<float>().ToArray(), count);
        return (torch.zeros([0]), torch.tensor(logits).to(input.device));
    }
}
