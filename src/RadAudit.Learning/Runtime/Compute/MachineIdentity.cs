using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;

namespace RadAudit.Learning.Runtime.Compute;

/// <summary>What a compute verdict is valid for: this CPU (model, feature flags, what oneDNN sees of its caches) and
/// this libtorch.</summary>
/// <param name="CpuModel">"AMD EPYC" (the first model name in /proc/cpuinfo).</param>
/// <param name="HasAvx512">Whether the flags list avx512f.</param>
/// <param name="CachesReported">Whether Linux shows a cache topology (/sys/devices/system/cpu/cpu0/cache exists).</param>
/// <param name="OneDnnCaches">Per-core caches as oneDNN's Xbyak computes them from CPUID (<see cref="OneDnnCacheRepair.Describe"/>).</param>
/// <param name="LibTorch">"2.10.0 (package)" or the PyTorch version and folder --libtorch named.</param>
/// <param name="Key">A hash of all of it and the CPU's full flag list, naming the verdict's cache file.</param>
public sealed record MachineIdentity(
    [property: JsonPropertyName("cpu_model")] string CpuModel,
    [property: JsonPropertyName("avx512")] bool HasAvx512,
    [property: JsonPropertyName("caches_reported")] bool CachesReported,
    [property: JsonPropertyName("onednn_caches")] string OneDnnCaches,
    [property: JsonPropertyName("libtorch")] string LibTorch,
    [property: JsonPropertyName("key")] string Key)
{
    /// <summary>Bumped when the check or the repair changes, so older verdicts are not reused.</summary>
    public const int CheckVersion = 1;

    /// <summary>This machine with <paramref name="libTorch"/> (<see cref="TorchRuntimeInfo.LibTorchIdentity"/>).</summary>
    public static MachineIdentity Current(string libTorch, ICpuid? cpuid = null, string cpuInfoFile = "/proc/cpuinfo",
        string cacheFolder = "/sys/devices/system/cpu/cpu0/cache")
    {
        (string model, string flags) = ReadCpuInfo(cpuInfoFile);
        string caches = OneDnnCacheRepair.Describe(XbyakCacheView.Predict(cpuid ?? HardwareCpuid.Instance));
        bool reported = Directory.Exists(cacheFolder);
        // A verdict found with the cache repair switched off must not be reused with it on, and the other way round.
        string repair = Environment.GetEnvironmentVariable(ComputeRuntime.CacheRepairSwitchVariable) ?? "on";
        string material = string.Join('\n', CheckVersion, model, flags, caches, reported, libTorch, repair);
        string key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)))[..16];
        bool avx512 = flags.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("avx512f");
        return new MachineIdentity(model, avx512, reported, caches, libTorch, key);
    }

    /// <summary>"AMD EPYC, AVX-512, no cache topology in sysfs".</summary>
    public string Describe() =>
        $"{CpuModel}, {(HasAvx512 ? "AVX-512" : "no AVX-512")}, {(CachesReported ? "caches listed by Linux" : "no cache topology in sysfs")}";

    private static (string Model, string Flags) ReadCpuInfo(string path)
    {
        string model = "unknown CPU", flags = "";
        if (!File.Exists(path)) return (model, flags);
        foreach (string line in File.ReadLines(path))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0) continue;
            string name = line[..colon].Trim(), value = line[(colon + 1)..].Trim();
            if (name == "model name" && model == "unknown CPU") model = value;
            else if (name == "flags" && flags.Length == 0) flags = value;
            if (model != "unknown CPU" && flags.Length > 0) break;
        }
        return (model, flags);
    }
}
