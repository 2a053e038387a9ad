using System.Text.Json.Serialization;

namespace RadAudit.Learning.Runtime.Compute;

/// <summary>One way to run libtorch on a machine, tried in order until the float64 check passes.</summary>
/// <param name="MemoryFormat">null: each architecture's measured preference; "contiguous": never channels-last.</param>
/// <param name="MaxCpuIsa">null: oneDNN's own choice; otherwise ONEDNN_MAX_CPU_ISA (set before libtorch loads).</param>
public sealed record ComputeCandidate(
    [property: JsonPropertyName("memory_format")] string? MemoryFormat,
    [property: JsonPropertyName("max_cpu_isa")] string? MaxCpuIsa)
{
    /// <summary>The defaults (with the cache repair wherever it applies).</summary>
    public static ComputeCandidate Default { get; } = new(null, null);

    /// <summary>Fastest first: the measured defaults, contiguous storage, then ever lower instruction sets, ending
    /// with SSE4.1 (correct on issue #16's VM but 0.3× as fast).</summary>
    public static IReadOnlyList<ComputeCandidate> InOrder { get; } =
    [
        Default,
        new("contiguous", null),
        new("contiguous", "AVX512_CORE"),
        new("contiguous", "AVX2"),
        new("contiguous", "SSE41"),
    ];

    /// <summary>"defaults", "contiguous layout", "contiguous layout, ONEDNN_MAX_CPU_ISA=AVX2".</summary>
    public string Describe() => (MemoryFormat, MaxCpuIsa) switch
    {
        (null, null) => "defaults",
        (_, null) => $"{MemoryFormat} layout",
        (null, _) => $"ONEDNN_MAX_CPU_ISA={MaxCpuIsa}",
        _ => $"{MemoryFormat} layout, ONEDNN_MAX_CPU_ISA={MaxCpuIsa}",
    };
}
