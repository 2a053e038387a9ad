using System.Globalization;

namespace RadAudit.Learning.Runtime.Compute;

/// <summary>Data-cache bytes per core, for oneDNN to size its kernels with when its own detection failed.</summary>
/// <param name="Level1">L1 data cache of one core.</param>
/// <param name="Level2">L2 cache of one core.</param>
/// <param name="Level3">One core's share of L3.</param>
/// <param name="Source">Where the figures came from, for <c>radaudit info</c> and run folders.</param>
public sealed record PerCoreCacheSizes(uint Level1, uint Level2, uint Level3, string Source)
{
    /// <summary>oneDNN's own guesses when a CPU reports no cache levels (<c>platform::get_per_core_cache_size</c>).</summary>
    public static PerCoreCacheSizes OneDnnGuesses { get; } = new(32 << 10, 512 << 10, 1 << 20, "oneDNN's built-in guesses");

    // A core's share of a large L3 is capped: a VM's CPUID often reports the whole socket's L3 (hundreds of MB),
    // and blockings sized for that would spill. 4 MB is a Zen 4/5 core's share (32 MB per 8-core CCD).
    private const uint MostLevel3PerCore = 4 << 20;

    /// <summary>
    /// The best figures available: Linux's cache topology in sysfs (when the kernel has one), else AMD's legacy
    /// CPUID leaves 0x80000005/0x80000006 (which hypervisors usually keep when they zero 0x8000001D), else
    /// <see cref="OneDnnGuesses"/>.
    /// </summary>
    public static PerCoreCacheSizes Discover(ICpuid cpuid, string sysfsCpuFolder = "/sys/devices/system/cpu/cpu0/cache", int? logicalProcessors = null)
    {
        int processors = Math.Max(1, logicalProcessors ?? Environment.ProcessorCount);
        return FromSysfs(sysfsCpuFolder) ?? FromAmdLegacyLeaves(cpuid, processors) ?? OneDnnGuesses;
    }

    /// <summary>From AMD's legacy leaves: L1d KB in 0x80000005 ECX[31:24], L2 KB in 0x80000006 ECX[31:16], L3 in
    /// 512 KB units in 0x80000006 EDX[31:18] (the package's, divided among <paramref name="logicalProcessors"/>).</summary>
    public static PerCoreCacheSizes? FromAmdLegacyLeaves(ICpuid cpuid, int logicalProcessors)
    {
        if (XbyakCacheView.CpuVendorOf(cpuid) != CpuVendor.Amd || cpuid.Query(0x80000000).Eax < 0x80000006) return null;
        uint level1 = (cpuid.Query(0x80000005).Ecx >> 24) << 10;
        CpuidRegisters level2And3 = cpuid.Query(0x80000006);
        uint level2 = (level2And3.Ecx >> 16) << 10;
        ulong level3Package = (ulong)(level2And3.Edx >> 18) * (512 << 10);
        if (level1 < XbyakCacheView.SmallestUsableBytes || level2 < XbyakCacheView.SmallestUsableBytes) return null;
        uint level3 = (uint)Math.Clamp(level3Package / (ulong)Math.Max(1, logicalProcessors), level2, MostLevel3PerCore);
        return new PerCoreCacheSizes(level1, level2, level3, "AMD CPUID leaves 0x80000005/0x80000006");
    }

    /// <summary>From <c>index*/size</c>, <c>level</c>, <c>type</c> and <c>shared_cpu_list</c> under a sysfs cache folder; null when absent.</summary>
    public static PerCoreCacheSizes? FromSysfs(string cacheFolder)
    {
        if (!Directory.Exists(cacheFolder)) return null;
        var perLevel = new Dictionary<int, uint>();
        foreach (string index in Directory.EnumerateDirectories(cacheFolder, "index*"))
        {
            string? type = ReadText(index, "type");
            if (type is not ("Data" or "Unified") || !int.TryParse(ReadText(index, "level"), out int level)) continue;
            if (ParseSize(ReadText(index, "size")) is not uint bytes) continue;
            perLevel[level] = bytes / (uint)Math.Max(1, CountCpus(ReadText(index, "shared_cpu_list")));
        }
        if (!perLevel.TryGetValue(1, out uint level1) || !perLevel.TryGetValue(2, out uint level2)) return null;
        uint level3 = perLevel.TryGetValue(3, out uint shared) ? shared : level2;
        return new PerCoreCacheSizes(level1, level2, level3, $"Linux sysfs ({cacheFolder})");
    }

    private static string? ReadText(string folder, string file)
    {
        try
        {
            return File.ReadAllText(Path.Combine(folder, file)).Trim();
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // "48K", "1024K", "32M" as the kernel writes them.
    private static uint? ParseSize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        uint unit = char.ToUpperInvariant(text[^1]) switch { 'K' => 1u << 10, 'M' => 1u << 20, _ => 1u };
        string digits = unit == 1 ? text : text[..^1];
        return uint.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out uint value) ? value * unit : null;
    }

    // "0-15,32-47" → 32.
    private static int CountCpus(string? list)
    {
        if (string.IsNullOrEmpty(list)) return 1;
        int count = 0;
        foreach (string range in list.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] ends = range.Split('-');
            count += ends.Length == 2 && int.TryParse(ends[0], out int first) && int.TryParse(ends[1], out int last) ? last - first + 1 : 1;
        }
        return Math.Max(1, count);
    }
}
