namespace RadAudit.Learning.Runtime.Compute;

/// <summary>
/// Gives oneDNN real cache sizes on machines whose CPUID hides them, so that libtorch's convolutions take their
/// normal fast paths and compute the right numbers (issue #16; <see cref="XbyakCacheView"/> says what goes wrong).
/// </summary>
/// <remarks>
/// The only other cures measured were worse: capping oneDNN's ISA at SSE4.1 (correct, 0.3× speed) and avoiding
/// the broken kernels by layout or channel counts (which covers only the cases that were found). This one changes
/// the input the kernels are sized from and nothing else. Call it after libtorch is loaded and before the first
/// oneDNN primitive is created (<see cref="ComputeRuntime.EnsureReady"/> does); primitives created before keep
/// their blocking.
/// </remarks>
public static class OneDnnCacheRepair
{
    /// <summary>The library oneDNN lives in.</summary>
    public const string LibraryFileName = "libtorch_cpu.so";

    /// <summary>Replaces unusable cache sizes in the loaded libtorch's oneDNN; does nothing where they are usable.</summary>
    public static CacheRepairOutcome Apply(ICpuid cpuid, LoadedLibrary? library, PerCoreCacheSizes sizes) =>
        Apply(XbyakCacheView.Predict(cpuid), sizes, () => library is null
            ? (null, $"{LibraryFileName} is not loaded in this process")
            : OneDnnCpuObject.Locate(library));

    /// <summary>The repair's decisions, given what oneDNN will see and a way to find its CPU object (tests pass a
    /// fake object in unmanaged memory).</summary>
    internal static CacheRepairOutcome Apply(XbyakCacheView seen, PerCoreCacheSizes sizes, Func<(OneDnnCpuObject? Object, string? Problem)> locate)
    {
        if (!seen.IsUnusable)
            return new CacheRepairOutcome(CacheRepairStatus.NotNeeded, $"oneDNN sees usable cache sizes ({Describe(seen)})", seen);
        (OneDnnCpuObject? cpu, string? problem) = locate();
        if (cpu is null) return Unavailable(seen, problem!);
        if (cpu.HoldsRepair(sizes)) return Applied(seen, sizes);
        if (!cpu.Holds(seen))
            return Unavailable(seen, "oneDNN's CPU object does not hold what this CPU's CPUID gives, so its layout is not the known one");
        cpu.Write(sizes);
        return cpu.HoldsRepair(sizes) ? Applied(seen, sizes) : Unavailable(seen, "the written cache sizes did not read back");
    }

    /// <summary>The outcome when the repair is switched off by <paramref name="variable"/>.</summary>
    public static CacheRepairOutcome SwitchedOff(ICpuid cpuid, string variable)
    {
        XbyakCacheView seen = XbyakCacheView.Predict(cpuid);
        return seen.IsUnusable
            ? Unavailable(seen, $"the repair is switched off ({variable}=off)")
            : new CacheRepairOutcome(CacheRepairStatus.NotNeeded, $"oneDNN sees usable cache sizes ({Describe(seen)})", seen);
    }

    /// <summary>"L1 1 B, L2 1 B, L3 1 B" (per core), or "no levels".</summary>
    public static string Describe(XbyakCacheView view) => view.Levels == 0
        ? "no levels reported; oneDNN uses its guesses"
        : string.Join(", ", Enumerable.Range(0, view.Levels).Select(level =>
            $"L{level + 1} {Bytes(view.CoresSharing[level] == 0 ? 0 : view.Sizes[level] / view.CoresSharing[level])}"));

    /// <summary>"48 KB", "1 MB", "1 B".</summary>
    public static string Bytes(uint bytes) => bytes switch
    {
        >= 1 << 20 when bytes % (1 << 20) == 0 => $"{bytes >> 20} MB",
        >= 1 << 10 => $"{bytes >> 10} KB",
        _ => $"{bytes} B",
    };

    private static CacheRepairOutcome Applied(XbyakCacheView seen, PerCoreCacheSizes sizes) =>
        new(CacheRepairStatus.Applied,
            $"oneDNN saw per-core caches of {Describe(seen)}; given L1 {Bytes(sizes.Level1)}, " +
            $"L2 {Bytes(sizes.Level2)}, L3 {Bytes(sizes.Level3)} per core from {sizes.Source}", seen, sizes);

    private static CacheRepairOutcome Unavailable(XbyakCacheView seen, string why) =>
        new(CacheRepairStatus.Unavailable, $"oneDNN sees per-core caches of {Describe(seen)}, and they cannot be corrected: {why}", seen);
}
