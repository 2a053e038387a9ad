using System.CommandLine;

namespace RadAudit.Cli;

/// <summary>Options every verb understands.</summary>
public static class GlobalOptions
{
    /// <summary>--verbose: stack traces on errors and more detail in logs.</summary>
    public static Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Show stack traces on errors and more detail.",
        Recursive = true,
    };

    /// <summary>--libtorch: an existing PyTorch installation's torch/lib folder to run on (as RADAUDIT_LIBTORCH).</summary>
    public static Option<string?> LibTorch { get; } = new("--libtorch")
    {
        Description = "Run on the libtorch of an existing PyTorch installation (its torch/lib folder), e.g. a CUDA build. Same as RADAUDIT_LIBTORCH.",
        Recursive = true,
    };
}
