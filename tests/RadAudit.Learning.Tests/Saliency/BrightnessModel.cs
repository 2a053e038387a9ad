using RadAudit.Learning.Models;
using static TorchSharp.torch;

namespace RadAudit.Learning.Tests.Saliency;

/// <summary>
/// A parameter-free model whose Grad-CAM can be worked out by hand: features are [x, 1 − x] (pixel values in
/// [0, 1], so both are already non-negative) and the logit is mean(x) − mean(1 − x) = mean(2x − 1).
/// </summary>
internal sealed class BrightnessModel : IFeatureClassifier
{
    public int Calls { get; private set; }

    public (Tensor Features, Tensor Logits) ForwardWithFeatures(Tensor input)
    {
        Calls++;
        Tensor features = cat([input, 1 - input], 1);
        Tensor logits = features[.., 0].mean([1, 2]) - features[.., 1].mean([1, 2]);
        return (features, logits);
    }
}
