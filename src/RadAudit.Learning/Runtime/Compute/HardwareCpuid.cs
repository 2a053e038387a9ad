using System.Runtime.Intrinsics.X86;

namespace RadAudit.Learning.Runtime.Compute;

/// <summary>This processor's CPUID (x86 only; elsewhere every query answers zeros, which reads as "no caches known").</summary>
public sealed class HardwareCpuid : ICpuid
{
    /// <summary>The one instance.</summary>
    public static HardwareCpuid Instance { get; } = new();

    private HardwareCpuid()
    {
    }

    /// <summary>Whether CPUID can be asked at all (an x86 processor).</summary>
    public static bool IsAvailable => X86Base.IsSupported;

    /// <inheritdoc />
    public CpuidRegisters Query(uint leaf, uint subLeaf = 0)
    {
        if (!X86Base.IsSupported) return default;
        (int eax, int ebx, int ecx, int edx) = X86Base.CpuId(unchecked((int)leaf), unchecked((int)subLeaf));
        return new CpuidRegisters(unchecked((uint)eax), unchecked((uint)ebx), unchecked((uint)ecx), unchecked((uint)edx));
    }
}
