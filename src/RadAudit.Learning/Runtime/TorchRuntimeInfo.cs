using System.Reflection;
using System.Text.RegularExpressions;
using RadAudit.Build;
using TorchSharp;

namespace RadAudit.Learning.Runtime;

/// <summary>What `radaudit info` reports about the numerical runtime.</summary>
/// <param name="TorchSharpVersion">Version of the managed TorchSharp assembly.</param>
/// <param name="LibTorchVersion">Version of the libtorch in use (from the package that shipped it, or from the
/// PyTorch installation named by RADAUDIT_LIBTORCH), or "unknown".</param>
/// <param name="LibTorchSource">Where libtorch came from: "package" or a folder.</param>
/// <param name="Threads">Intra-op threads libtorch uses.</param>
/// <param name="CudaAvailable">Whether libtorch sees a CUDA device.</param>
/// <param name="CudaDeviceCount">How many CUDA devices it sees.</param>
/// <param name="NativeFixUp">State of the GLIBCXX_3.4.32 need in the loaded libLibTorchSharp.so.</param>
public sealed record TorchRuntimeInfo(
    string TorchSharpVersion,
    string LibTorchVersion,
    string LibTorchSource,
    int Threads,
    bool CudaAvailable,
    int CudaDeviceCount,
    string NativeFixUp)
{
    /// <summary>The version need the build weakens (see build/TorchSharpNativeFix.targets).</summary>
    public const string FixedVersionNeed = "GLIBCXX_3.4.32";

    /// <summary>Loads libtorch (creating a tensor proves it) and collects the facts.</summary>
    public static TorchRuntimeInfo Collect()
    {
        using (var probe = torch.ones(3))
        {
            if (probe.sum().item<float>() != 3f)
                throw new InvalidOperationException("libtorch loaded but a 3-element sum is wrong.");
        }
        bool cuda = torch.cuda.is_available();
        string? custom = LibTorchLocator.ConfiguredFolder();
        return new TorchRuntimeInfo(
            typeof(torch).Assembly.GetName().Version?.ToString() ?? "unknown",
            custom != null ? LibTorchLocator.PyTorchVersionNear(custom) ?? "unknown" : PackagedLibTorchVersion() ?? "unknown",
            custom ?? "package",
            torch.get_num_threads(),
            cuda,
            cuda ? torch.cuda.device_count() : 0,
            DescribeNativeFixUp());
    }

    /// <summary>Which libtorch this process runs on, without loading it: "2.10.0 (package)" or "2.11.0+cu130 (FOLDER)".</summary>
    public static string LibTorchIdentity()
    {
        string? custom = LibTorchLocator.ConfiguredFolder();
        return custom != null
            ? $"{LibTorchLocator.PyTorchVersionNear(custom) ?? "unknown"} ({custom})"
            : $"{PackagedLibTorchVersion() ?? "unknown"} (package)";
    }

    /// <summary>Describes whether the TorchSharp native library next to the app had its version need weakened.</summary>
    public static string DescribeNativeFixUp()
    {
        string? library = ProgramNatives.Find("libLibTorchSharp.so");
        if (library == null) return "not applicable (libLibTorchSharp.so not found next to the program)";
        return ElfVersionNeedPatcher.Inspect(library, FixedVersionNeed) switch
        {
            ElfVersionNeedState.Weak => $"active ({FixedVersionNeed} need weakened in {library})",
            ElfVersionNeedState.Required => $"inactive (system libstdc++ provides {FixedVersionNeed})",
            ElfVersionNeedState.VersionNotRequired => $"not needed (library does not require {FixedVersionNeed})",
            _ => "unknown (library is not ELF64)",
        };
    }

    // The app's deps.json names the libtorch package and version it was built with (e.g. libtorch-cpu-linux-x64/2.10.0).
    private static string? PackagedLibTorchVersion()
    {
        string? name = Assembly.GetEntryAssembly()?.GetName().Name;
        string depsFile = Path.Combine(AppContext.BaseDirectory, (name ?? "") + ".deps.json");
        if (!File.Exists(depsFile))
            depsFile = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.deps.json").FirstOrDefault() ?? "";
        if (!File.Exists(depsFile)) return null;
        Match match = Regex.Match(File.ReadAllText(depsFile), "\"libtorch-[a-z0-9.-]+?/(\\d+\\.\\d+\\.\\d+[^\"]*)\"");
        return match.Success ? match.Groups[1].Value : null;
    }
}
