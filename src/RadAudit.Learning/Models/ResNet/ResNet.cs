using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RadAudit.Learning.Models.ResNet;

/// <summary>
/// ResNet (He et al. 2016) with torchvision's module tree and parameter names (<c>conv1</c>, <c>bn1</c>,
/// <c>layer1.0.conv1</c>, …, <c>fc</c>), so a torchvision state dict loads 1:1, and a one-logit head.
/// </summary>
/// <remarks>
/// Features returned by <see cref="ForwardWithFeatures"/> are the output of <c>layer4</c> (each block ends with
/// its ReLU), the maps the head average-pools. Initialisation follows torchvision: Kaiming-normal (fan-out)
/// convolutions, BatchNorm weight 1 bias 0, head bias 0.
/// </remarks>
public sealed class ResNet : AbnormalityClassifier
{
    private readonly Sequential _stem;
    private readonly List<Sequential> _layers = [];
    private readonly Linear _fc;

    /// <summary>Builds the network for <paramref name="configuration"/>.</summary>
    /// <param name="architecture">Registry name reported by <see cref="Architecture"/>.</param>
    /// <param name="configuration">Block type and counts.</param>
    public ResNet(string architecture, ResNetConfiguration configuration) : base(nameof(ResNet))
    {
        Architecture = architecture;
        LastBlockPrefix = $"layer{configuration.BlockCounts.Count}.";
        // The stem's modules are registered at the top level, as torchvision names them (conv1, bn1, relu, maxpool).
        var conv1 = new Convolution2d(3, 64, 7, stride: 2, padding: 3);
        var bn1 = new BatchNormalization2d(64);
        var relu = new RectifiedLinearUnit();
        var maxpool = nn.MaxPool2d(3, stride: 2, padding: 1);
        register_module("conv1", conv1);
        register_module("bn1", bn1);
        register_module("relu", relu);
        register_module("maxpool", maxpool);
        _stem = nn.Sequential(conv1, bn1, relu, maxpool);
        long channels = 64;
        for (int layer = 0; layer < configuration.BlockCounts.Count; layer++)
        {
            long width = 64L << layer;
            var blocks = new List<(string, nn.Module<Tensor, Tensor>)>();
            for (int block = 0; block < configuration.BlockCounts[layer]; block++)
            {
                long stride = block == 0 && layer > 0 ? 2 : 1;
                var residual = new ResidualBlock(configuration.Bottleneck, channels, width, stride);
                blocks.Add((block.ToString(System.Globalization.CultureInfo.InvariantCulture), residual));
                channels = residual.OutputChannels;
            }
            Sequential sequence = nn.Sequential(blocks);
            _layers.Add(sequence);
            register_module($"layer{layer + 1}", sequence);
        }
        register_module("avgpool", nn.AdaptiveAvgPool2d(1));
        _fc = nn.Linear(channels, 1);
        register_module("fc", _fc);
        FeatureChannels = channels;
        WeightInitialisation.TorchvisionStyle(this, nn.init.FanInOut.FanOut);
    }

    /// <inheritdoc />
    public override string Architecture { get; }

    /// <inheritdoc />
    public override string HeadPrefix => "fc.";

    /// <inheritdoc />
    public override string LastBlockPrefix { get; }

    /// <summary>Channels of the final feature maps (512 for ResNet-18, 2048 for ResNet-50).</summary>
    public long FeatureChannels { get; }

    /// <inheritdoc />
    public override (Tensor Features, Tensor Logits) ForwardWithFeatures(Tensor input)
    {
        using Tensor threeChannels = ToThreeChannels(input);
        Tensor current = _stem.forward(threeChannels);
        foreach (Sequential layer in _layers)
        {
            using Tensor previous = current;
            current = layer.forward(previous);
        }
        return (current, PoolAndClassify(current, _fc));
    }

    /// <inheritdoc />
    public override void ZeroHead() => WeightInitialisation.ZeroLinear(_fc);
}
