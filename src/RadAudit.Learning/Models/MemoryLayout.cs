using RadAudit.Core;
namespace RadAudit.Learning.Models;

/// <summary>How a model stores its 4-D tensors (convolution weights, and so the activations that follow them).</summary>
/// <remarks>
/// The numbers are the same either way; only the speed differs. On the CPU, oneDNN runs DenseNet's convolutions
/// about 10 % faster in channels-last order (N, H, W, C in memory) because it skips a reorder of every activation
/// at every layer, while ResNet-18's backward pass is slower there; <see cref="ModelRegistry.PreferredLayout"/>
/// records the measured choice per architecture (docs/performance.md).
/// </remarks>
public enum MemoryLayout
{
    /// <summary>PyTorch's default N, C, H, W order.</summary>
    Contiguous,

    /// <summary>N, H, W, C order in memory; shapes and indices stay N × C × H × W.</summary>
    ChannelsLast,
}

/// <summary>The names of <see cref="MemoryLayout"/> on the command line.</summary>
public static class MemoryLayoutNames
{
    /// <summary>Accepted values of <c>--memory-format</c>.</summary>
    public static IReadOnlyList<string> Choices { get; } = ["auto", "channels-last", "contiguous"];

    /// <summary>Resolves <c>auto</c> to the architecture's measured preference, unless this machine's compute verdict
    /// rules channels-last out (<see cref="Runtime.Compute.ComputeRuntime.LayoutOverride"/>).</summary>
    /// <exception cref="RadAuditException">Unknown name (exit code 2).</exception>
    public static MemoryLayout Resolve(string name, string architecture) => name.Trim().ToLowerInvariant() switch
    {
        // The machine's compute verdict comes first: where channels-last computes wrong numbers, auto avoids it.
        "auto" => Runtime.Compute.ComputeRuntime.LayoutOverride ?? ModelRegistry.PreferredLayout(architecture),
        "channels-last" => MemoryLayout.ChannelsLast,
        "contiguous" => MemoryLayout.Contiguous,
        _ => throw new RadAuditException($"memory format '{name}' is unknown; choose one of {string.Join(", ", Choices)}.", exitCode: 2, setting: Settings.MemoryFormat),
    };

    /// <summary>The command-line name of <paramref name="layout"/>.</summary>
    public static string NameOf(MemoryLayout layout) => layout == MemoryLayout.ChannelsLast ? "channels-last" : "contiguous";
}
