using RadAudit.Core;
using RadAudit.Core.Scoring;
using RadAudit.Data.Loading;
using RadAudit.Learning.Scoring;
using static TorchSharp.torch;

namespace RadAudit.Learning.Saliency;

/// <summary>Saliency for an <see cref="IScoringModel"/>: every method for a TorchSharp model, occlusion for any other.</summary>
public static class ScoringModelSaliency
{
    /// <summary>Whether <paramref name="method"/> can explain <paramref name="model"/> (gradient methods need a TorchSharp model).</summary>
    public static bool Supports(IScoringModel model, string method) =>
        model is TorchScoringModel || string.Equals(method.Trim(), SaliencyMethods.Occlusion, StringComparison.OrdinalIgnoreCase);

    /// <summary>The method called <paramref name="method"/> for <paramref name="model"/>.</summary>
    /// <param name="method">gradcam, gradcam++ or occlusion.</param>
    /// <param name="model">The model.</param>
    /// <param name="occlusionStride">Occlusion's step as a share of its patch (1/10 of the side): 0.5 overlaps
    /// patches as <c>radaudit saliency</c> does; 1 tiles them, four times cheaper.</param>
    /// <exception cref="RadAuditException">A gradient method for a model without gradients.</exception>
    public static SaliencyMethod Create(string method, IScoringModel model, double occlusionStride = 0.5)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (!Supports(model, method))
            throw new RadAuditException(
                $"saliency method '{method}' needs gradients, which a {model.Info.Kind} model does not give; use {SaliencyMethods.Occlusion}.",
                exitCode: 2, setting: Settings.SaliencyMethod);
        Models.IFeatureClassifier network = model is TorchScoringModel torchModel ? torchModel.Classifier : new ScoringModelClassifier(model);
        if (!string.Equals(method.Trim(), SaliencyMethods.Occlusion, StringComparison.OrdinalIgnoreCase))
            return SaliencyMethods.Create(method, network, model.Input.Size);
        int patch = Math.Max(4, model.Input.Size / 10);
        return new OcclusionSensitivity(network, patch, Math.Clamp((int)Math.Round(patch * occlusionStride), 1, patch));
    }

    /// <summary>Explains a loader batch of gray [0, 1] images (Identity normalisation, the model's side) for
    /// <paramref name="target"/>; the maps come back on each original image.</summary>
    public static IReadOnlyList<ImageSaliency> Explain(SaliencyMethod method, IScoringModel model, ImageBatch grayBatch, SaliencyTarget target)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(grayBatch);
        float[] inputs = model.Input.Prepare(grayBatch.Pixels, grayBatch.Count);
        Device device = model is TorchScoringModel torchModel ? torchModel.Device : CPU;
        return BatchExplainer.Explain(method, grayBatch, inputs, model.Input.Channels, target, device);
    }
}
