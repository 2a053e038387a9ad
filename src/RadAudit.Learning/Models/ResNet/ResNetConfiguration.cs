namespace RadAudit.Learning.Models.ResNet;

/// <summary>The hyper-parameters that define a torchvision ResNet (He et al. 2016).</summary>
/// <param name="Bottleneck">True for Bottleneck blocks (1×1-3×3-1×1, expansion 4), false for BasicBlocks (3×3-3×3).</param>
/// <param name="BlockCounts">Blocks in layer1..layer4.</param>
public sealed record ResNetConfiguration(bool Bottleneck, IReadOnlyList<int> BlockCounts)
{
    /// <summary>ResNet-18: BasicBlocks 2-2-2-2.</summary>
    public static ResNetConfiguration ResNet18 { get; } = new(false, [2, 2, 2, 2]);

    /// <summary>ResNet-50: Bottlenecks 3-4-6-3 (torchvision's v1.5, stride on the 3×3 convolution).</summary>
    public static ResNetConfiguration ResNet50 { get; } = new(true, [3, 4, 6, 3]);

}
