using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RadAudit.Learning.Models.DenseNet;

/// <summary>Between dense blocks: BN-ReLU-Conv1×1 halving the channels, then 2×2 average pooling
/// (torchvision names norm, relu, conv, pool).</summary>
internal sealed class Transition : nn.Module<Tensor, Tensor>
{
    private readonly BatchNormalization2d _norm;
    private readonly RectifiedLinearUnit _relu;
    private readonly Convolution2d _conv;
    private readonly AvgPool2d _pool;

    public Transition(long inputChannels, long outputChannels) : base(nameof(Transition))
    {
        _norm = new BatchNormalization2d(inputChannels);
        _relu = new RectifiedLinearUnit();
        _conv = new Convolution2d(inputChannels, outputChannels, 1);
        _pool = nn.AvgPool2d(2, 2);
        register_module("norm", _norm);
        register_module("relu", _relu);
        register_module("conv", _conv);
        register_module("pool", _pool);
    }

    public override Tensor forward(Tensor input)
    {
        using Tensor normalised = _norm.forward(input);
        using Tensor activated = _relu.forward(normalised);
        using Tensor reduced = _conv.forward(activated);
        return _pool.forward(reduced);
    }
}
