using RadAudit.Core;
using RadAudit.Learning.Models.DenseNet;
using RadAudit.Learning.Models.ResNet;

namespace RadAudit.Learning.Models;

/// <summary>
/// The one way to build a model by name (<c>--arch NAME</c>): densenet-121 (the study's model), densenet-169
/// (MURA's baseline), resnet-18, resnet-50 and densenet-small (compact, for CPU demos and tests).
/// </summary>
public static class ModelRegistry
{
    private static readonly Dictionary<string, Func<AbnormalityClassifier>> Builders = new(StringComparer.Ordinal)
    {
        ["densenet-121"] = () => new DenseNet.DenseNet("densenet-121", DenseNetConfiguration.DenseNet121),
        ["densenet-169"] = () => new DenseNet.DenseNet("densenet-169", DenseNetConfiguration.DenseNet169),
        ["densenet-small"] = () => new DenseNet.DenseNet("densenet-small", DenseNetConfiguration.Small),
        ["resnet-18"] = () => new ResNet.ResNet("resnet-18", ResNetConfiguration.ResNet18),
        ["resnet-50"] = () => new ResNet.ResNet("resnet-50", ResNetConfiguration.ResNet50),
    };

    /// <summary>Registered architecture names, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = Builders.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Builds a freshly initialised model on the CPU (weights drawn from torch's current generator,
    /// so seed it first for reproducible weights).</summary>
    /// <exception cref="RadAuditException">The name is not registered (exit code 2, lists the valid names).</exception>
    public static AbnormalityClassifier Create(string architecture)
    {
        string key = architecture.Trim().ToLowerInvariant();
        if (!Builders.TryGetValue(key, out Func<AbnormalityClassifier>? build))
            throw new RadAuditException($"architecture '{architecture}' is unknown; choose one of {string.Join(", ", Names)}.", exitCode: 2, setting: Settings.Architecture);
        // Before the first convolution is planned: oneDNN sizes its kernels from the caches it sees (issue #16).
        Runtime.Compute.ComputeRuntime.EnsureReady();
        return build();
    }

    /// <summary>The faster <see cref="MemoryLayout"/> for <paramref name="architecture"/>, measured on the CPU
    /// (DenseNet-121 train step 1.10×, inference 1.16× in channels-last; ResNet-18 train step 0.90×, densenet-small
    /// even; docs/performance.md). Unmeasured on CUDA, where <c>--memory-format</c> overrides it.</summary>
    public static MemoryLayout PreferredLayout(string architecture) => architecture.Trim().ToLowerInvariant() switch
    {
        "densenet-121" or "densenet-169" => MemoryLayout.ChannelsLast,
        _ => MemoryLayout.Contiguous,
    };
}
