using RadAudit.Imaging;
using RadAudit.Learning.Models;
using RadAudit.Learning.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Learning.Saliency;

/// <summary>
/// The shared saliency pipeline (template method): a method computes raw maps for a batch; this class rectifies
/// them, upsamples them to the input size, scales each to a maximum of 1 and copies them to the CPU. Every tensor
/// lives in one dispose scope, so nothing leaks to the caller.
/// </summary>
/// <remarks>
/// Maps are rectified (negative evidence is dropped, as in Grad-CAM) and divided by their own maximum rather than
/// min-max scaled, so a pixel with no support stays exactly 0; the label-attention metrics are ratios and do not
/// depend on this scaling. Upsampling is bilinear with half-pixel centres (align_corners = false, as PyTorch's
/// default). Images in a batch are explained independently, which needs the model in evaluation mode (batch
/// normalisation in training mode would couple them): a model that is a <see cref="nn.Module"/> is switched to
/// evaluation mode on construction, as pytorch-grad-cam does.
/// </remarks>
public abstract class SaliencyMethod
{
    /// <summary>Wraps <paramref name="model"/>; a TorchSharp module is put into evaluation mode.</summary>
    protected SaliencyMethod(IFeatureClassifier model)
    {
        ArgumentNullException.ThrowIfNull(model);
        Model = model;
        if (model is nn.Module module) module.eval();
    }

    /// <summary>The model being explained.</summary>
    protected IFeatureClassifier Model { get; }

    /// <summary>The method's name as the CLI spells it (gradcam, gradcam++, occlusion).</summary>
    public abstract string Name { get; }

    /// <summary>
    /// Explains an N × C × H × W batch (on the model's device) for <paramref name="target"/>; returns N maps of H × W.
    /// </summary>
    public SaliencyBatch Explain(Tensor input, SaliencyTarget target)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.dim() != 4)
            throw new ArgumentException($"Expected an N × C × H × W batch, got shape [{string.Join(", ", input.shape)}].", nameof(input));
        using var scope = NewDisposeScope();
        int height = (int)input.shape[2], width = (int)input.shape[3];
        (Tensor rawMaps, Tensor logits) = ComputeRawMaps(input, target);
        Tensor maps = nn.functional.relu(rawMaps.detach().to(float32));
        if (maps.shape[1] != height || maps.shape[2] != width)
            maps = nn.functional.interpolate(maps.unsqueeze(1), size: [height, width],
                mode: InterpolationMode.Bilinear, align_corners: false).squeeze(1).clamp_min(HeldScalars.Zero);
        Tensor peak = maps.amax([1, 2], keepdim: true);
        Tensor scaled = maps / torch.where(peak.gt(HeldScalars.Zero), peak, torch.ones_like(peak));
        return new SaliencyBatch(ToImages(scaled, width, height), logits.detach().reshape(-1).cpu().data<float>().ToArray());
    }

    /// <summary>
    /// Computes unrectified maps (N × h × w, any resolution with the input's aspect) and the abnormal logits (N).
    /// Runs inside the caller's dispose scope.
    /// </summary>
    protected abstract (Tensor RawMaps, Tensor Logits) ComputeRawMaps(Tensor input, SaliencyTarget target);

    /// <summary>The explained score per image: the abnormal logit z, or −z for <see cref="SaliencyTarget.Normal"/>.</summary>
    protected static Tensor TargetScore(Tensor logits, SaliencyTarget target) =>
        target == SaliencyTarget.Normal ? logits.reshape(-1).neg() : logits.reshape(-1);

    private static List<GrayImage> ToImages(Tensor maps, int width, int height)
    {
        float[] values = maps.cpu().contiguous().data<float>().ToArray();
        int count = (int)maps.shape[0], size = width * height;
        var images = new List<GrayImage>(count);
        for (int i = 0; i < count; i++)
            images.Add(new GrayImage(width, height, values.AsSpan(i * size, size).ToArray()));
        return images;
    }
}
