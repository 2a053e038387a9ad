using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using RadAudit.Core;

namespace RadAudit.Learning.Runtime;

/// <summary>
/// Lets RadAudit run on the libtorch of an existing PyTorch installation (e.g. a CUDA build) instead of the one
/// its package ships: RADAUDIT_LIBTORCH=/path/to/site-packages/torch/lib. The libraries are preloaded by full path
/// before TorchSharp initialises, so the loader resolves TorchSharp's needs to them without LD_LIBRARY_PATH.
/// </summary>
public static class LibTorchLocator
{
    /// <summary>The environment variable naming the torch/lib folder.</summary>
    public const string EnvironmentVariable = "RADAUDIT_LIBTORCH";

    // Load order matters: each library's dependencies first.
    private static readonly string[] LoadOrder =
        ["libc10.so", "libc10_cuda.so", "libtorch_cpu.so", "libtorch_cuda.so", "libtorch.so"];

    private static string? _loadedFrom;

    /// <summary>The configured folder, or null when the packaged libtorch is used.</summary>
    public static string? ConfiguredFolder() => _loadedFrom ?? NullIfEmpty(Environment.GetEnvironmentVariable(EnvironmentVariable));

    /// <summary>
    /// Preloads libtorch from <paramref name="folder"/> (or RADAUDIT_LIBTORCH when null). Call before any TorchSharp use.
    /// Does nothing when neither is set.
    /// </summary>
    public static void PreloadIfConfigured(string? folder = null)
    {
        folder ??= NullIfEmpty(Environment.GetEnvironmentVariable(EnvironmentVariable));
        if (folder == null || _loadedFrom != null) return;
        if (!Directory.Exists(folder) || !File.Exists(Path.Combine(folder, "libtorch.so")))
            throw new RadAuditException(
                $"libtorch folder {folder} ({Settings.Mention(Settings.LibTorch)} or {EnvironmentVariable}): no libtorch.so there. Point it at a PyTorch installation's torch/lib folder " +
                "(python3 -c 'import torch,os;print(os.path.dirname(torch.__file__)+\"/lib\")').", setting: Settings.LibTorch);
        string? version = PyTorchVersionNear(folder);
        if (IsOlderThanBuiltFor(version))
            throw new RadAuditException(
                $"libtorch folder {folder} ({Settings.Mention(Settings.LibTorch)} or {EnvironmentVariable}) is PyTorch {version}, older than the libtorch {BuiltFor} RadAudit's TorchSharp needs " +
                $"(it would crash on load). Point it at PyTorch {string.Join(" or ", Verified)}, or unset it to use the packaged CPU libtorch.",
                exitCode: 2, setting: Settings.LibTorch);
        // TorchSharp loads libtorch_cpu by name, which the host resolves to a packaged copy when the build has one, and two
        // libtorch copies in one process abort ("Tried to register multiple backend fallbacks"); no resolver hook
        // intercepts that load, so the build must leave libtorch out (bench/gpu/package.sh does).
        if (ProgramNatives.Find("libtorch_cpu.so") is string packaged)
            throw new RadAuditException(
                $"libtorch folder {folder} ({Settings.Mention(Settings.LibTorch)} or {EnvironmentVariable}): this build carries its own libtorch ({packaged}), and two libtorch copies cannot share a process. " +
                "Use a build without it (bench/gpu/package.sh writes one to .gpu/cli), or unset the variable to run on the packaged CPU libtorch.",
                exitCode: 2, setting: Settings.LibTorch);
        foreach (string name in LoadOrder)
        {
            string path = Path.Combine(folder, name);
            if (!File.Exists(path)) continue;
            try
            {
                NativeLibrary.Load(path);
            }
            catch (DllNotFoundException problem)
            {
                throw new RadAuditException(
                    $"libtorch folder {folder} ({Settings.Mention(Settings.LibTorch)} or {EnvironmentVariable}): {name} does not load ({problem.Message}). Check that this PyTorch matches the machine " +
                    $"(CUDA driver, glibc) and is one RadAudit supports (verified: {string.Join(", ", Verified)}), or unset it.", inner: problem, setting: Settings.LibTorch);
            }
        }
        _loadedFrom = folder;
    }

    /// <summary>Reads torch/version.py beside a torch/lib folder ("2.11.0+cu130"), or null.</summary>
    public static string? PyTorchVersionNear(string libFolder)
    {
        string versionFile = Path.Combine(libFolder, "..", "version.py");
        if (!File.Exists(versionFile)) return null;
        Match match = Regex.Match(File.ReadAllText(versionFile), "__version__\\s*=\\s*'([^']+)'");
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The libtorch minor version TorchSharp's native layer was built against (TorchSharp-cpu 0.107.0).</summary>
    public const string BuiltFor = "2.10";

    /// <summary>PyTorch minor versions whose libtorch ran RadAudit's training and inference: 2.10 (the packaged
    /// libtorch) and 2.11 (CUDA 13 build on an H100, docs/performance.md).</summary>
    public static IReadOnlyList<string> Verified { get; } = ["2.10", "2.11"];

    /// <summary>A warning when <paramref name="pyTorchVersion"/> (from torch/version.py, e.g. "2.11.0+cu130") is not a
    /// verified match for TorchSharp's native layer, or cannot be read; null when it is.</summary>
    public static string? CompatibilityWarning(string folder, string? pyTorchVersion)
    {
        if (pyTorchVersion is null)
            return $"{folder}: no torch/version.py beside it, so the PyTorch version is unknown. RadAudit's TorchSharp was built for " +
                $"libtorch {BuiltFor}; verified with PyTorch {string.Join(" and ", Verified)}.";
        if (ReleaseOf(pyTorchVersion) is Version release && Verified.Contains($"{release.Major}.{release.Minor}")) return null;
        return $"{folder} is PyTorch {pyTorchVersion}, but RadAudit's TorchSharp was built for libtorch {BuiltFor} and is verified with " +
            $"PyTorch {string.Join(" and ", Verified)}. Other versions may fail to load or crash; if they do, unset {EnvironmentVariable} " +
            "to use the packaged CPU libtorch, or install a verified PyTorch.";
    }

    /// <summary>True when <paramref name="pyTorchVersion"/> reads as a release before <see cref="BuiltFor"/>, whose
    /// libtorch lacks symbols TorchSharp's native layer calls (PyTorch 1.13 segfaults on the first tensor).</summary>
    public static bool IsOlderThanBuiltFor(string? pyTorchVersion) =>
        ReleaseOf(pyTorchVersion) is Version release && release < Version.Parse(BuiltFor);

    // "2.11.0+cu130" → 2.11; null when the text does not start with major.minor.
    private static Version? ReleaseOf(string? pyTorchVersion)
    {
        Match parts = pyTorchVersion is null ? Match.Empty : Regex.Match(pyTorchVersion, @"^(\d+)\.(\d+)");
        return parts.Success ? new Version(int.Parse(parts.Groups[1].Value), int.Parse(parts.Groups[2].Value)) : null;
    }

    /// <summary>The warning for the folder preloaded now (see <see cref="CompatibilityWarning(string, string?)"/>), or null.</summary>
    public static string? CompatibilityWarning() =>
        _loadedFrom is null ? null : CompatibilityWarning(_loadedFrom, PyTorchVersionNear(_loadedFrom));

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
