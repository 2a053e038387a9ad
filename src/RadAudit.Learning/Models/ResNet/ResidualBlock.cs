using RadAudit.Learning.Runtime;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RadAudit.Learning.Models.ResNet;

/// <summary>
/// A torchvision residual block, basic (conv1-bn1-relu-conv2-bn2) or bottleneck (… conv3-bn3), with the optional
/// <c>downsample</c> projection (<c>downsample.0</c> 1×1 convolution, <c>downsample.1</c> BatchNorm).
/// </summary>
internal sealed class ResidualBlock : nn.Module<Tensor, Tensor>
{
    private readonly List<(Convolution2d Convolution, BatchNormalization2d Norm)> _stages = [];
    private readonly Sequential? _downsample;
    private readonly RectifiedLinearUnit _relu = new();

    public ResidualBlock(bool bottleneck, long inputChannels, long width, long stride) : base(nameof(ResidualBlock))
    {
        long outputChannels = bottleneck ? width * 4 : width;
        if (bottleneck)
        {
            AddStage(1, new Convolution2d(inputChannels, width, 1), width);
            AddStage(2, new Convolution2d(width, width, 3, stride: stride, padding: 1), width);
            AddStage(3, new Convolution2d(width, outputChannels, 1), outputChannels);
        }
        else
        {
            AddStage(1, new Convolution2d(inputChannels, width, 3, stride: stride, padding: 1), width);
            AddStage(2, new Convolution2d(width, width, 3, padding: 1), width);
        }
        register_module("relu", _relu);
        if (stride != 1 || inputChannels != outputChannels)
        {
            _downsample = nn.Sequential(
                ("0", new Convolution2d(inputChannels, outputChannels, 1, stride: stride)),
                ("1", new BatchNormalization2d(outputChannels)));
            register_module("downsample", _downsample);
        }
        OutputChannels = outputChannels;
    }

    /// <summary>Channels of the block's output.</summary>
    public long OutputChannels { get; }

    public override Tensor forward(Tensor input)
    {
        Tensor current = input.alias();
        for (int index = 0; index < _stages.Count; index++)
        {
            using Tensor previous = current;
            using Tensor convolved = _stages[index].Convolution.forward(previous);
            current = _stages[index].Norm.forward(convolved);
            if (index == _stages.Count - 1) continue;
            using Tensor normalised = current;
            current = _relu.forward(normalised);
        }
        using Tensor identity = _downsample is null ? input.alias() : _downsample.forward(input);
        using Tensor sum = current;
        sum.add_(identity, HeldScalars.One);
        return _relu.Activate(sum, inPlace: false);
    }

    private void AddStage(int number, Convolution2d convolution, long channels)
    {
        var norm = new BatchNormalization2d(channels);
        register_module($"conv{number}", convolution);
        register_module($"bn{number}", norm);
        _stages.Add((convolution, norm));
    }
}
