using RadAudit.Learning.Runtime.Compute;

namespace RadAudit.Learning.Tests.Compute;

/// <summary>CPUID answers recorded from (or modelled on) real machines; unlisted queries answer zeros, as a
/// hypervisor that hides a leaf does.</summary>
internal sealed class RecordedCpuid(IReadOnlyDictionary<(uint Leaf, uint SubLeaf), CpuidRegisters> answers) : ICpuid
{
    private const uint Auth = 0x68747541, Enti = 0x69746E65, CAmd = 0x444D4163; // "AuthenticAMD"
    private const uint Genu = 0x756E6547, IneI = 0x49656E69, Ntel = 0x6C65746E; // "GenuineIntel"

    public CpuidRegisters Query(uint leaf, uint subLeaf = 0) => answers.TryGetValue((leaf, subLeaf), out CpuidRegisters registers) ? registers : default;

    /// <summary>Issue #16's VM, read off it with CPUID: AMD EPYC family 26, leaves 0xB and 0x8000001D zeroed,
    /// legacy leaves kept (48 KB L1d, 1 MB L2, 508 MB package L3).</summary>
    public static RecordedCpuid Avx512VmWithoutCaches { get; } = new(new Dictionary<(uint, uint), CpuidRegisters>
    {
        [(0, 0)] = new(0xD, Auth, CAmd, Enti),
        [(1, 0)] = new(0x00B00F21, 0xF3FE0800, 0xFED83203, 0x178BFBFF),
        [(0x80000000, 0)] = new(0x80000021, Auth, CAmd, Enti),
        [(0x80000005, 0)] = new(0xFF60FF40, 0xFF60FF40, 0x300C0140, 0x20080140),
        [(0x80000006, 0)] = new(0x40802040, 0x60804040, 0x04006140, 0x0FE09140),
    });

    /// <summary>A healthy Zen-like AMD part: 2 threads per core, 32 KB 8-way L1d, 1 MB 8-way L2 per core, 32 MB
    /// 16-way L3 shared by 16 threads (the register layout of AMD's APM, leaf 0x8000001D).</summary>
    public static RecordedCpuid HealthyAmd { get; } = new(new Dictionary<(uint, uint), CpuidRegisters>
    {
        [(0, 0)] = new(0x10, Auth, CAmd, Enti),
        [(0xB, 0)] = new(1, 2, 0x100, 0),
        [(0xB, 1)] = new(4, 32, 0x201, 0),
        [(0x80000000, 0)] = new(0x80000021, Auth, CAmd, Enti),
        [(0x8000001D, 0)] = AmdCache(type: 1, level: 1, threadsSharing: 2, ways: 8, lineBytes: 64, sets: 64),
        [(0x8000001D, 1)] = AmdCache(type: 2, level: 1, threadsSharing: 2, ways: 8, lineBytes: 64, sets: 64),
        [(0x8000001D, 2)] = AmdCache(type: 3, level: 2, threadsSharing: 2, ways: 8, lineBytes: 64, sets: 2048),
        [(0x8000001D, 3)] = AmdCache(type: 3, level: 3, threadsSharing: 16, ways: 16, lineBytes: 64, sets: 32768),
    });

    /// <summary>An Intel VM whose hypervisor zeroed leaf 4: Xbyak finds no cache levels at all.</summary>
    public static RecordedCpuid IntelWithoutCacheLeaf { get; } = new(new Dictionary<(uint, uint), CpuidRegisters>
    {
        [(0, 0)] = new(0x16, Genu, Ntel, IneI),
    });

    /// <summary>A CPU of neither vendor Xbyak knows.</summary>
    public static RecordedCpuid OtherVendor { get; } = new(new Dictionary<(uint, uint), CpuidRegisters>
    {
        [(0, 0)] = new(0x10, 0x746E6543, 0x736C7561, 0x48727561), // "CentaurHauls"
    });

    private static CpuidRegisters AmdCache(uint type, uint level, uint threadsSharing, uint ways, uint lineBytes, uint sets) =>
        new(type | (level << 5) | (1u << 8) | ((threadsSharing - 1) << 14), (lineBytes - 1) | ((ways - 1) << 22), sets - 1, 0);
}
