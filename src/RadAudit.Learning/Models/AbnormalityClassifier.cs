using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Learning.Models;

/// <summary>
/// Base of every RadAudit model: a one-logit abnormality classifier over N × 1 × H × W radiographs that also
/// returns the feature maps its head reads (<see cref="IFeatureClassifier"/>).
/// </summary>
/// <remarks>
/// Single-channel input is replicated to three identical channels (a view, no copy) before the stem, so the stem
/// keeps torchvision's 3-channel shape and ImageNet weights load unchanged; the alternative (summing the stem's
/// filters over channels) would break the 1:1 state-dict match. Three-channel input is passed through as is.
/// Pixel normalisation is the data loader's job (docs/data-contract.md); the model does not rescale.
/// </remarks>
public abstract class AbnormalityClassifier : nn.Module<Tensor, Tensor>, IFeatureClassifier
{
    /// <summary>Creates the module; <paramref name="name"/> is the TorchSharp module name.</summary>
    protected AbnormalityClassifier(string name) : base(name)
    {
    }

    /// <summary>Registry name of the architecture, e.g. <c>densenet-121</c>.</summary>
    public abstract string Architecture { get; }

    /// <summary>State-dict prefix of the classification head (e.g. <c>classifier.</c>), re-initialised when
    /// pretrained weights are loaded because ImageNet's 1000-class head does not apply.</summary>
    public abstract string HeadPrefix { get; }

    /// <summary>State-dict prefix of the last block before the head (e.g. <c>features.denseblock4.</c>), where the
    /// weight-randomisation sanity check's second stage starts.</summary>
    public abstract string LastBlockPrefix { get; }

    /// <inheritdoc />
    public abstract (Tensor Features, Tensor Logits) ForwardWithFeatures(Tensor input);

    /// <summary>Returns the N abnormality logits.</summary>
    public override Tensor forward(Tensor input)
    {
        (Tensor features, Tensor logits) = ForwardWithFeatures(input);
        features.Dispose();
        return logits;
    }

    /// <summary>How the 4-D weights are stored now; input batches are brought to the same order
    /// (<see cref="UseLayout"/>).</summary>
    public MemoryLayout Layout { get; private set; } = MemoryLayout.Contiguous;

    /// <summary>Stores every 4-D parameter in <paramref name="layout"/> (the values do not change) and makes
    /// <see cref="ToThreeChannels"/> deliver batches in that order, so every convolution runs in one layout.</summary>
    /// <remarks>Call it after loading weights and moving to the device. TorchSharp's own <c>save</c> and <c>load</c>
    /// refuse non-contiguous tensors; checkpoints go through <see cref="StateDictStream"/>, which handles both.</remarks>
    public void UseLayout(MemoryLayout layout)
    {
        using var noGrad = torch.no_grad();
        foreach (var parameter in parameters())
        {
            if (parameter.dim() != 4) continue;
            using Tensor arranged = Arrange(parameter, layout);
            parameter.set_(arranged);
        }
        Layout = layout;
    }

    /// <summary>The type the convolutions compute in (<see cref="UsePrecision"/>).</summary>
    public ComputePrecision Precision { get; private set; } = ComputePrecision.Float32;

    /// <summary>Makes every convolution compute in <paramref name="precision"/>; the stored weights stay float32, and
    /// the head and the logits are float32 either way (<see cref="ComputePrecision"/>).</summary>
    public void UsePrecision(ComputePrecision precision)
    {
        ScalarType? computeType = precision == ComputePrecision.BFloat16 ? ScalarType.BFloat16 : null;
        foreach (Convolution2d convolution in modules().OfType<Convolution2d>()) convolution.ComputeType = computeType;
        Precision = precision;
    }

    /// <summary>Swaps every ReLU for its smooth surrogate (<see cref="RectifiedLinearUnit"/>), or back; for the float64
    /// reference check only, which compares gradients that ReLU's jump would make ill-posed.</summary>
    internal void UseSmoothActivations(bool smooth)
    {
        foreach (RectifiedLinearUnit activation in modules().OfType<RectifiedLinearUnit>()) activation.Smooth = smooth;
    }

    /// <summary>
    /// Sets the head to zero (weights and bias), as fine-tuning from pretrained weights starts: the first steps then
    /// move the logit along the pretrained features that separate the classes, the same way for every seed.
    /// </summary>
    /// <remarks>
    /// Kolesnikov et al., Big Transfer (BiT), ECCV 2020, zero-initialise the new head for transfer. With a random head
    /// (PyTorch's default, U(±1/√n)) the logit starts in a random direction that Adam at the demo's 1e-4 moves by at most
    /// 0.015 per weight in its 152 steps: on the sweep's data seed 101 at confounding 0 one training seed began at valid
    /// AUC 0.39 and ended at 0.50, the other began at 0.62 and ended at 0.75 — seed-to-seed spread that was the head's
    /// starting sign, not the data.
    /// </remarks>
    public abstract void ZeroHead();

    /// <summary>Replicates a 1-channel batch to 3 channels (see the class remarks), checks the shape and brings
    /// the batch to the model's <see cref="Layout"/>.</summary>
    protected Tensor ToThreeChannels(Tensor input)
    {
        if (Layout == MemoryLayout.Contiguous) return ThreeChannelView(input);
        using Tensor view = ThreeChannelView(input);
        return Arrange(view, Layout);
    }

    /// <summary>A copy of a 4-D tensor in <paramref name="layout"/> (the same shape and values).</summary>
    internal static Tensor Arrange(Tensor tensor, MemoryLayout layout)
    {
        if (layout == MemoryLayout.Contiguous) return tensor.contiguous();
        // TorchSharp has no memory_format argument: the N, H, W, C copy viewed back as N, C, H, W is channels-last.
        using Tensor channelsLastOrder = tensor.permute(0, 2, 3, 1);
        using Tensor packed = channelsLastOrder.contiguous();
        return packed.permute(0, 3, 1, 2);
    }

    private static Tensor ThreeChannelView(Tensor input)
    {
        if (input.dim() != 4)
            throw new ArgumentException($"Expected an N x C x H x W batch, got {input.dim()} dimensions.", nameof(input));
        long channels = input.shape[1];
        if (channels == 3) return input.alias();
        if (channels != 1)
            throw new ArgumentException($"Expected 1 or 3 channels, got {channels}.", nameof(input));
        return input.expand(-1, 3, -1, -1);
    }

    /// <summary>Global average pool then the linear head; returns N logits.</summary>
    protected static Tensor PoolAndClassify(Tensor features, nn.Module<Tensor, Tensor> head)
    {
        using Tensor pooled = nn.functional.adaptive_avg_pool2d(features, [1, 1]);
        // bf16 features meet the head in float32 (one small matrix product), so logits and the loss are float32; a
        // float64 model (the reference check's) stays float64 throughout.
        using Tensor flattened = pooled.flatten(1);
        using Tensor flat = flattened.dtype is ScalarType.BFloat16 or ScalarType.Float16 ? flattened.to(ScalarType.Float32) : flattened.alias();
        using Tensor logits = head.forward(flat);
        return logits.squeeze(1);
    }
}
