namespace RadAudit.Learning.Runtime.Compute;

/// <summary>
/// The data-cache hierarchy as oneDNN 3.7 (inside libtorch 2.10) sees it: the fields its bundled Xbyak computes from
/// CPUID when the first oneDNN kernel is chosen, and from which oneDNN sizes every convolution's blocking.
/// </summary>
/// <param name="X2ApicSupported">Whether CPUID leaf 0xB exists (Xbyak's <c>x2APIC_supported_</c>).</param>
/// <param name="SmtWidth">Logical processors per core from leaf 0xB, at least 1 (<c>numCores_[0]</c>).</param>
/// <param name="LogicalCores">Logical processors per package from leaf 0xB (<c>numCores_[1]</c>).</param>
/// <param name="Levels">Data-cache levels (<c>dataCacheLevels_</c>); 0 makes oneDNN use its built-in guesses.</param>
/// <param name="Sizes">Bytes of each level (<c>dataCacheSize_</c>), <see cref="Levels"/> entries.</param>
/// <param name="CoresSharing">Cores sharing each level (<c>coresSharignDataCache_</c>); oneDNN divides by it.</param>
/// <remarks>
/// oneDNN's per-core cache size is <c>size / cores sharing</c>. On AMD processors Xbyak assumes three levels and
/// reads CPUID leaf 0x8000001D without checking that it answers; a hypervisor that zeroes that leaf (as the
/// AVX-512 EPYC VMs of issue #16 do, where <c>lscpu</c> lists no caches) yields caches of one byte each. oneDNN then
/// takes 7/8 of L1 and 3/4 of L2 as zero, divides by them while choosing 1×1 convolution blockings (SIGFPE in
/// <c>brg_blocking_t::est_eff_1x1</c>) and builds padded weight reorders that write wrong values (NaN gradients).
/// Intel processors whose leaf 4 is zeroed get zero levels, which oneDNN handles with its guesses.
/// </remarks>
public sealed record XbyakCacheView(bool X2ApicSupported, uint SmtWidth, uint LogicalCores, int Levels,
    IReadOnlyList<uint> Sizes, IReadOnlyList<uint> CoresSharing)
{
    /// <summary>The smallest data cache oneDNN's heuristics stay defined for; real L1 caches are 16 KB or more.</summary>
    public const uint SmallestUsableBytes = 4096;

    /// <summary>True when oneDNN will size its kernels from caches that cannot exist (fewer than
    /// <see cref="SmallestUsableBytes"/>, or shared by no core).</summary>
    public bool IsUnusable => Levels > 0 && Enumerable.Range(0, Levels).Any(level => Sizes[level] < SmallestUsableBytes || CoresSharing[level] == 0);

    /// <summary>Computes what Xbyak (as bundled in oneDNN 3.7) derives from <paramref name="cpuid"/>.</summary>
    public static XbyakCacheView Predict(ICpuid cpuid)
    {
        CpuVendor vendor = CpuVendorOf(cpuid);
        if (vendor == CpuVendor.Other) return new XbyakCacheView(false, 0, 0, 0, [], []);
        (bool x2Apic, uint smtWidth, uint logicalCores) = NumberOfCores(cpuid);
        return vendor == CpuVendor.Amd
            ? AmdHierarchy(cpuid, x2Apic, smtWidth, logicalCores)
            : IntelHierarchy(cpuid, x2Apic, smtWidth, logicalCores);
    }

    /// <summary>The vendor as Xbyak tells it (the last four letters of the vendor string in ECX).</summary>
    public static CpuVendor CpuVendorOf(ICpuid cpuid) => cpuid.Query(0).Ecx switch
    {
        0x444D4163 => CpuVendor.Amd,   // "cAMD" of "AuthenticAMD"
        0x6C65746E => CpuVendor.Intel, // "ntel" of "GenuineIntel"
        _ => CpuVendor.Other,
    };

    // Xbyak's setNumCores: leaf 0xB levels 1 (SMT) and 2 (core), with fallbacks for a zeroed leaf.
    private static (bool X2Apic, uint SmtWidth, uint LogicalCores) NumberOfCores(ICpuid cpuid)
    {
        if (cpuid.Query(0).Eax < 0xB) return (false, 0, 0);
        uint smt = 0, core = 0;
        for (uint index = 0; index < 2; index++)
        {
            CpuidRegisters topology = cpuid.Query(0xB, index);
            uint level = Bits(topology.Ecx, 8, 15);
            if (level == 1) smt = Bits(topology.Ebx, 0, 15);
            else if (level == 2) core = Bits(topology.Ebx, 0, 15);
        }
        smt = Math.Max(1u, smt);
        return (true, smt, Math.Max(smt, core));
    }

    // Xbyak's AMD branch: always three levels, from leaf 0x8000001D sub-leaves 0 (L1d), 2 (L2) and 3 (L3).
    private static XbyakCacheView AmdHierarchy(ICpuid cpuid, bool x2Apic, uint smtWidth, uint logicalCores)
    {
        var sizes = new List<uint>();
        var sharing = new List<uint>();
        foreach (uint subLeaf in new uint[] { 0, 2, 3 })
        {
            CpuidRegisters cache = cpuid.Query(0x8000001D, subLeaf);
            sizes.Add(unchecked(SetSize(cache)));
            uint logical = Bits(cache.Eax, 14, 25) + 1;
            if (logicalCores != 0) logical = Math.Min(logical, logicalCores);
            // Xbyak divides by the SMT width; with no leaf 0xB it is 0 and Xbyak would fault itself (not seen on x2APIC CPUs).
            sharing.Add(smtWidth == 0 ? 0 : Math.Max(logical / smtWidth, 1u));
        }
        return new XbyakCacheView(x2Apic, smtWidth, logicalCores, 3, sizes, sharing);
    }

    // Xbyak's Intel branch: leaf 4 until a null cache type, data and unified caches only.
    private static XbyakCacheView IntelHierarchy(ICpuid cpuid, bool x2Apic, uint smtWidth, uint logicalCores)
    {
        var sizes = new List<uint>();
        var sharing = new List<uint>();
        uint smt = x2Apic ? smtWidth : 0, logicalPerPackage = x2Apic ? logicalCores : 0;
        for (uint index = 0; sizes.Count < 10 && index < 64; index++)
        {
            CpuidRegisters cache = cpuid.Query(4, index);
            uint type = Bits(cache.Eax, 0, 4);
            if (type == 0) break;
            if (type != 1 && type != 3) continue;
            uint logical = Bits(cache.Eax, 14, 25) + 1;
            if (logicalPerPackage != 0) logical = Math.Min(logical, logicalPerPackage);
            sizes.Add(unchecked(SetSize(cache)));
            if (type == 1 && smt == 0) smt = logical;
            sharing.Add(smt == 0 ? 0 : Math.Max(logical / smt, 1u));
        }
        return new XbyakCacheView(x2Apic, smtWidth, logicalCores, sizes.Count, sizes, sharing);
    }

    // (ways + 1) × (partitions + 1) × (line size + 1) × (sets + 1), with Xbyak's field widths.
    private static uint SetSize(CpuidRegisters cache) =>
        unchecked((Bits(cache.Ebx, 22, 31) + 1) * (Bits(cache.Ebx, 12, 21) + 1) * (Bits(cache.Ebx, 0, 11) + 1) * (cache.Ecx + 1));

    // Xbyak's extractBit: (end - start) bits from start; the end bit itself is not included, as in Xbyak.
    private static uint Bits(uint value, int start, int end) => (value >> start) & ((1u << (end - start)) - 1);
}
