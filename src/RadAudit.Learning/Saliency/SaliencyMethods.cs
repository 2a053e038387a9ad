using RadAudit.Core;
using RadAudit.Learning.Models;

namespace RadAudit.Learning.Saliency;

/// <summary>The registry of saliency methods, by the names the CLI accepts.</summary>
public static class SaliencyMethods
{
    /// <summary>Grad-CAM.</summary>
    public const string GradCam = "gradcam";

    /// <summary>Grad-CAM++.</summary>
    public const string GradCamPlusPlus = "gradcam++";

    /// <summary>Occlusion sensitivity.</summary>
    public const string Occlusion = "occlusion";

    /// <summary>Every accepted name.</summary>
    public static IReadOnlyList<string> Names { get; } = [GradCam, GradCamPlusPlus, Occlusion];

    /// <summary>Creates the method called <paramref name="name"/> for <paramref name="model"/>.</summary>
    /// <param name="name">One of <see cref="Names"/> (case-insensitive).</param>
    /// <param name="model">The model to explain.</param>
    /// <param name="inputSize">The longer side of the model input, used to size the occlusion patch (1/10 of it, stride half a patch).</param>
    public static SaliencyMethod Create(string name, IFeatureClassifier model, int inputSize)
    {
        switch (name.Trim().ToLowerInvariant())
        {
            case GradCam:
                return new GradCam(model);
            case GradCamPlusPlus:
                return new GradCamPlusPlus(model);
            case Occlusion:
                int patch = Math.Max(4, inputSize / 10);
                return new OcclusionSensitivity(model, patch, Math.Max(1, patch / 2));
            default:
                throw new RadAuditException($"saliency method '{name}' is unknown; expected one of {string.Join(", ", Names)}.", exitCode: 2, setting: Settings.SaliencyMethod);
        }
    }
}
