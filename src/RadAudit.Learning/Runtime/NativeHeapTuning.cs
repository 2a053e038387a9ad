using System.Runtime.InteropServices;

namespace RadAudit.Learning.Runtime;

/// <summary>
/// Keeps large freed tensor buffers in glibc's heap for the next step, instead of returning them to the kernel and
/// faulting fresh zeroed pages back in.
/// </summary>
/// <remarks>
/// glibc serves allocations above its mmap threshold (adaptive, at most 32 MB on 64-bit) with fresh pages and
/// unmaps them on free. DenseNet-121 at 320 px, batch 8, has many activations above that (8 × 256 × 80 × 80 floats
/// = 52 MB), so every step page-faulted gigabytes: measured over 7 steps, 3.8 M minor faults and 6.9 s of system
/// time. With the mmap and trim thresholds at 256 MB: 0.67 M faults and 1.3 s, and the 320 px training step went
/// from 1.01× to 1.13× PyTorch's speed, peak memory 2596 → 2995 MB (still below PyTorch's 3107 MB;
/// docs/performance.md). Linux with glibc only; elsewhere nothing changes.
/// </remarks>
public static class NativeHeapTuning
{
    private const int TrimThresholdParameter = -1; // M_TRIM_THRESHOLD in malloc.h
    private const int MmapThresholdParameter = -3; // M_MMAP_THRESHOLD in malloc.h
    private const int ThresholdBytes = 256 << 20;
    private static int _applied;

    /// <summary>Set to 1 to keep glibc's own thresholds (then MALLOC_MMAP_THRESHOLD_ and friends apply as usual).</summary>
    public const string OptOutVariable = "RADAUDIT_KEEP_MALLOC_DEFAULTS";

    /// <summary>Sets the thresholds once per process (later calls do nothing); returns whether glibc accepted them.</summary>
    public static bool EnsureApplied()
    {
        if (Interlocked.Exchange(ref _applied, 1) == 1 || !OperatingSystem.IsLinux()) return false;
        if (Environment.GetEnvironmentVariable(OptOutVariable) == "1") return false;
        try
        {
            return SetMallocOption(MmapThresholdParameter, ThresholdBytes) == 1 && SetMallocOption(TrimThresholdParameter, ThresholdBytes) == 1;
        }
        catch (Exception problem) when (problem is DllNotFoundException or EntryPointNotFoundException)
        {
            return false; // not glibc (musl has no mallopt): keep the allocator's defaults
        }
    }

    [DllImport("libc", EntryPoint = "mallopt")]
    private static extern int SetMallocOption(int parameter, int value);
}
