namespace RadAudit.Learning.Runtime.Compute;

/// <summary>Processor vendors whose cache CPUID leaves Xbyak reads.</summary>
public enum CpuVendor
{
    /// <summary>Neither: Xbyak reports no caches.</summary>
    Other,

    /// <summary>AuthenticAMD.</summary>
    Amd,

    /// <summary>GenuineIntel.</summary>
    Intel,
}
