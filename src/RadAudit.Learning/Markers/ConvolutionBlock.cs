using RadAudit.Learning.Models;
using static TorchSharp.torch;

namespace RadAudit.Learning.Markers;

/// <summary>3 × 3 convolution (optionally strided), batch norm and ReLU: the label segmenter's building block.</summary>
internal sealed class ConvolutionBlock : nn.Module<Tensor, Tensor>
{
    private readonly Convolution2d _conv;
    private readonly BatchNormalization2d _norm;
    private readonly RectifiedLinearUnit _relu;

    public ConvolutionBlock(long inputChannels, long outputChannels, long stride = 1) : base(nameof(ConvolutionBlock))
    {
        _conv = new Convolution2d(inputChannels, outputChannels, 3, stride, padding: 1);
        _norm = new BatchNormalization2d(outputChannels);
        _relu = new RectifiedLinearUnit();
        register_module("conv", _conv);
        register_module("norm", _norm);
        register_module("relu", _relu);
    }

    /// <inheritdoc />
    public override Tensor forward(Tensor input)
    {
        using Tensor convolved = _conv.forward(input);
        using Tensor normalised = _norm.forward(convolved);
        return _relu.forward(normalised);
    }
}
