using RadAudit.Learning.Models;
using TorchSharp;

namespace RadAudit.Learning.Runtime.Compute;

/// <summary>
/// Makes the loaded libtorch compute right numbers on this machine before anything runs on it (issue #16): the
/// configuration chosen for the machine (<see cref="Use"/>, before libtorch loads), then, once per process, libtorch
/// loaded and <see cref="OneDnnCacheRepair"/> applied. Every entry point that builds a model calls
/// <see cref="EnsureReady"/>; it is cheap after the first call.
/// </summary>
public static class ComputeRuntime
{
    /// <summary>oneDNN's instruction-set cap, read once when its first kernel is chosen.</summary>
    public const string MaxCpuIsaVariable = "ONEDNN_MAX_CPU_ISA";

    /// <summary>Set to "off" to leave oneDNN's cache sizes as CPUID gives them (to see, or measure, what the repair prevents).</summary>
    public const string CacheRepairSwitchVariable = "RADAUDIT_ONEDNN_CACHE_REPAIR";

    private static readonly Lock Gate = new();
    private static CacheRepairOutcome? _repair;

    /// <summary>The configuration in use (<see cref="ComputeCandidate.Default"/> unless a verdict chose another).</summary>
    public static ComputeCandidate Candidate { get; private set; } = ComputeCandidate.Default;

    /// <summary>Why <see cref="Candidate"/> is in use.</summary>
    public static string Source { get; private set; } = "defaults (no compute verdict consulted)";

    /// <summary>What the cache repair found and did in this process (null before <see cref="EnsureReady"/>).</summary>
    public static CacheRepairOutcome? CacheRepair => _repair;

    /// <summary>The layout <c>--memory-format auto</c> must use here, or null for each architecture's own preference.</summary>
    public static MemoryLayout? LayoutOverride => Candidate.MemoryFormat == "contiguous" ? MemoryLayout.Contiguous : null;

    /// <summary>Adopts <paramref name="candidate"/>; its instruction-set cap needs libtorch not to be loaded yet.</summary>
    /// <exception cref="InvalidOperationException">A cap is asked for after libtorch was loaded.</exception>
    public static void Use(ComputeCandidate candidate, string source)
    {
        lock (Gate)
        {
            if (candidate.MaxCpuIsa is string isa)
            {
                if (LoadedLibrary.Find(OneDnnCacheRepair.LibraryFileName) is not null)
                    throw new InvalidOperationException($"{MaxCpuIsaVariable}={isa} must be set before libtorch loads.");
                NativeEnvironment.Set(MaxCpuIsaVariable, isa);
            }
            Candidate = candidate;
            Source = source;
        }
    }

    /// <summary>Loads libtorch (the packaged one, or the folder <see cref="LibTorchLocator"/> preloaded) and repairs
    /// oneDNN's cache sizes where CPUID hides them. Idempotent and thread-safe.</summary>
    public static CacheRepairOutcome EnsureReady()
    {
        if (_repair is CacheRepairOutcome done) return done;
        lock (Gate)
        {
            if (_repair is CacheRepairOutcome raced) return raced;
            torch.InitializeDeviceType(DeviceType.CPU);
            ICpuid cpuid = HardwareCpuid.Instance;
            LoadedLibrary? library = LoadedLibrary.Find(OneDnnCacheRepair.LibraryFileName);
            CacheRepairOutcome repair = Environment.GetEnvironmentVariable(CacheRepairSwitchVariable) == "off"
                ? OneDnnCacheRepair.SwitchedOff(cpuid, CacheRepairSwitchVariable)
                : OneDnnCacheRepair.Apply(cpuid, library, PerCoreCacheSizes.Discover(cpuid));
            if (repair.Status != CacheRepairStatus.NotNeeded && library is not null) LibTorchContext.DisableNnpack(library);
            _repair = repair;
            return repair;
        }
    }

    /// <summary>What this process computes with, for config.json and <c>radaudit info</c> (loads libtorch).</summary>
    public static ComputeSummary Summarise()
    {
        CacheRepairOutcome repair = EnsureReady();
        MachineIdentity machine = MachineIdentity.Current(TorchRuntimeInfo.LibTorchIdentity());
        string configuration = Candidate.Describe();
        if (Environment.GetEnvironmentVariable(MaxCpuIsaVariable) is { Length: > 0 } cap && Candidate.MaxCpuIsa is null)
            configuration += $" ({MaxCpuIsaVariable}={cap} from the environment)";
        return new ComputeSummary(machine.Describe(), repair.Detail, configuration, Source);
    }
}
