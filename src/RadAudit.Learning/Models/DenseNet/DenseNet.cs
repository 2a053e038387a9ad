using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RadAudit.Learning.Models.DenseNet;

/// <summary>
/// DenseNet (Huang et al. 2017) with torchvision's module tree and parameter names (<c>features.conv0</c>,
/// <c>features.denseblock1.denselayer1.norm1</c>, …, <c>features.norm5</c>, <c>classifier</c>), so a torchvision
/// state dict loads 1:1, and a one-logit head.
/// </summary>
/// <remarks>
/// Features returned by <see cref="ForwardWithFeatures"/> are <c>relu(features.norm5(...))</c>, the maps the head
/// average-pools. Initialisation follows torchvision: Kaiming-normal (fan-in) convolutions, BatchNorm weight 1 bias 0,
/// head bias 0. See <see cref="AbnormalityClassifier"/> for the channel handling.
/// </remarks>
public sealed class DenseNet : AbnormalityClassifier
{
    private readonly Sequential _features;
    private readonly Linear _classifier;
    // torchvision applies F.relu after norm5; a module (registered, parameter-free) so the reference check can swap it.
    private readonly RectifiedLinearUnit _finalActivation = new(inPlace: false);

    /// <summary>Builds the network for <paramref name="configuration"/>.</summary>
    /// <param name="architecture">Registry name reported by <see cref="Architecture"/>.</param>
    /// <param name="configuration">Growth rate, block sizes and stem width.</param>
    public DenseNet(string architecture, DenseNetConfiguration configuration) : base(nameof(DenseNet))
    {
        Architecture = architecture;
        LastBlockPrefix = $"features.denseblock{configuration.BlockLayers.Count}.";
        (_features, long featureChannels) = BuildFeatures(configuration);
        _classifier = nn.Linear(featureChannels, 1);
        FeatureChannels = featureChannels;
        register_module("features", _features);
        register_module("classifier", _classifier);
        register_module("relu5", _finalActivation);
        WeightInitialisation.TorchvisionStyle(this, nn.init.FanInOut.FanIn);
    }

    /// <inheritdoc />
    public override string Architecture { get; }

    /// <inheritdoc />
    public override string HeadPrefix => "classifier.";

    /// <inheritdoc />
    public override string LastBlockPrefix { get; }

    /// <summary>Channels of the final feature maps (1024 for DenseNet-121).</summary>
    public long FeatureChannels { get; }

    /// <inheritdoc />
    public override (Tensor Features, Tensor Logits) ForwardWithFeatures(Tensor input)
    {
        using Tensor threeChannels = ToThreeChannels(input);
        using Tensor normalised = _features.forward(threeChannels);
        Tensor features = _finalActivation.forward(normalised);
        return (features, PoolAndClassify(features, _classifier));
    }

    /// <inheritdoc />
    public override void ZeroHead() => WeightInitialisation.ZeroLinear(_classifier);

    private static (Sequential Features, long Channels) BuildFeatures(DenseNetConfiguration configuration)
    {
        long channels = configuration.InitialFeatures;
        var modules = new List<(string, nn.Module<Tensor, Tensor>)>
        {
            ("conv0", new Convolution2d(3, channels, 7, stride: 2, padding: 3)),
            ("norm0", new BatchNormalization2d(channels)),
            ("relu0", new RectifiedLinearUnit()),
            ("pool0", nn.MaxPool2d(3, stride: 2, padding: 1)),
        };
        for (int block = 0; block < configuration.BlockLayers.Count; block++)
        {
            var dense = new DenseBlock(configuration.BlockLayers[block], channels, configuration.GrowthRate, configuration.BottleneckWidth);
            modules.Add(($"denseblock{block + 1}", dense));
            channels = dense.OutputChannels;
            if (block == configuration.BlockLayers.Count - 1) continue;
            modules.Add(($"transition{block + 1}", new Transition(channels, channels / 2)));
            channels /= 2;
        }
        modules.Add(("norm5", new BatchNormalization2d(channels)));
        return (nn.Sequential(modules), channels);
    }
}
