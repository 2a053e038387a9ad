using static TorchSharp.torch;

namespace RadAudit.Learning.Models.DenseNet;

/// <summary>
/// One dense layer: BN-ReLU-Conv1×1 (bottleneck) then BN-ReLU-Conv3×3, returning only the new
/// <c>growthRate</c> channels. Submodules carry torchvision's names (norm1, relu1, conv1, norm2, relu2, conv2).
/// </summary>
internal sealed class DenseLayer : nn.Module<Tensor, Tensor>
{
    private readonly BatchNormalization2d _norm1;
    private readonly RectifiedLinearUnit _relu1;
    private readonly Convolution2d _conv1;
    private readonly BatchNormalization2d _norm2;
    private readonly RectifiedLinearUnit _relu2;
    private readonly Convolution2d _conv2;

    public DenseLayer(long inputChannels, int growthRate, int bottleneckWidth) : base(nameof(DenseLayer))
    {
        long bottleneck = (long)bottleneckWidth * growthRate;
        _norm1 = new BatchNormalization2d(inputChannels);
        _relu1 = new RectifiedLinearUnit();
        _conv1 = new Convolution2d(inputChannels, bottleneck, 1);
        _norm2 = new BatchNormalization2d(bottleneck);
        _relu2 = new RectifiedLinearUnit();
        _conv2 = new Convolution2d(bottleneck, growthRate, 3, padding: 1);
        register_module("norm1", _norm1);
        register_module("relu1", _relu1);
        register_module("conv1", _conv1);
        register_module("norm2", _norm2);
        register_module("relu2", _relu2);
        register_module("conv2", _conv2);
    }

    /// <summary>Input is the concatenation of every earlier feature map of the block.</summary>
    public override Tensor forward(Tensor input)
    {
        // In-place ReLUs act on fresh BN outputs only, never on the shared concatenated input.
        using Tensor normalised = _norm1.forward(input);
        using Tensor activated = _relu1.forward(normalised);
        using Tensor bottleneck = _conv1.forward(activated);
        using Tensor normalised2 = _norm2.forward(bottleneck);
        using Tensor activated2 = _relu2.forward(normalised2);
        return _conv2.forward(activated2);
    }
}
