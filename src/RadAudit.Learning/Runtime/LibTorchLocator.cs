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
                $"{EnvironmentVariable}={folder}: no libtorch.so there. Point it at a PyTorch installation's torch/lib folder " +
                "(python3 -c 'import torch,os;print(os.path.dirname(torch.__file__)+\"/lib\")').");
        foreach (string name in LoadOrder)
        {
            string path = Path.Combine(folder, name);
            if (File.Exists(path)) NativeLibrary.Load(path);
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

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
