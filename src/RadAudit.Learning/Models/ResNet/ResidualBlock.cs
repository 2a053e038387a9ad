using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RadAudit.Learning.Models.ResNet;

/// <summary>
/// A torchvision residual block, basic (conv1-bn1-relu-conv2-bn2) or bottleneck (… conv3-bn3), with the optional
/// <c>downsample</c> projection (<c>downsample.0</c> 1×1 convolution, <c>downsample.1</c> BatchNorm).
/// </summary>
internal sealed class ResidualBlock : nn.Module<Tensor, Tensor>
{
    private readonly List<(Conv2d Convolution, BatchNorm2d Norm)> _stages = [];
    private readonly Sequential? _downsample;

    public ResidualBlock(bool bottleneck, long inputChannels, long width, long stride) : base(nameof(ResidualBlock))
    {
        long outputChannels = bottleneck ? width * 4 : width;
        if (bottleneck)
        {
            AddStage(1, nn.Conv2d(inputChannels, width, 1, bias: false), width);
            AddStage(2, nn.Conv2d(width, width, 3, stride: stride, padding: 1, bias: false), width);
            AddStage(3, nn.Conv2d(width, outputChannels, 1, bias: false), outputChannels);
        }
        else
        {
            AddStage(1, nn.Conv2d(inputChannels, width, 3, stride: stride, padding: 1, bias: false), width);
            AddStage(2, nn.Conv2d(width, width, 3, padding: 1, bias: false), width);
        }
        register_module("relu", nn.ReLU(inplace: true));
        if (stride != 1 || inputChannels != outputChannels)
        {
            _downsample = nn.Sequential(
                ("0", nn.Conv2d(inputChannels, outputChannels, 1, stride: stride, bias: false)),
                ("1", nn.BatchNorm2d(outputChannels)));
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
            if (index < _stages.Count - 1) current.relu_();
        }
        using Tensor identity = _downsample is null ? input.alias() : _downsample.forward(input);
        using Tensor sum = current;
        sum.add_(identity);
        return nn.functional.relu(sum);
    }

    private void AddStage(int number, Conv2d convolution, long channels)
    {
        BatchNorm2d norm = nn.BatchNorm2d(channels);
        register_module($"conv{number}", convolution);
        register_module($"bn{number}", norm);
        _stages.Add((convolution, norm));
    }
}
