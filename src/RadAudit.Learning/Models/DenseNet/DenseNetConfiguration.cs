namespace RadAudit.Learning.Models.DenseNet;

/// <summary>The hyper-parameters that define a DenseNet (Huang et al. 2017), as torchvision names them.</summary>
/// <param name="GrowthRate">Channels each dense layer adds (torchvision <c>growth_rate</c>, k).</param>
/// <param name="BlockLayers">Dense layers in each of the four blocks (<c>block_config</c>).</param>
/// <param name="InitialFeatures">Channels of the stem convolution (<c>num_init_features</c>).</param>
/// <param name="BottleneckWidth">Bottleneck channels as a multiple of the growth rate (<c>bn_size</c>).</param>
public sealed record DenseNetConfiguration(int GrowthRate, IReadOnlyList<int> BlockLayers, int InitialFeatures, int BottleneckWidth = 4)
{
    /// <summary>DenseNet-121: k = 32, blocks 6-12-24-16, 64 stem channels (6,954,881 parameters with one logit).</summary>
    public static DenseNetConfiguration DenseNet121 { get; } = new(32, [6, 12, 24, 16], 64);

    /// <summary>DenseNet-169: k = 32, blocks 6-12-32-32, 64 stem channels (MURA's baseline model).</summary>
    public static DenseNetConfiguration DenseNet169 { get; } = new(32, [6, 12, 32, 32], 64);

    /// <summary>
    /// A compact DenseNet for CPU demos and tests: k = 12, two layers per block, 24 stem channels; same module
    /// layout (and so the same code paths) as DenseNet-121, a small fraction of its cost.
    /// </summary>
    public static DenseNetConfiguration Small { get; } = new(12, [2, 2, 2, 2], 24);
}
