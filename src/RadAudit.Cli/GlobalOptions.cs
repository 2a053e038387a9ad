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

    /// <summary>--device auto|cpu|cuda, shared by verbs that run a model.</summary>
    public static Option<string> Device() => new Option<string>("--device")
    {
        Description = "Where tensors live: auto (CUDA if available), cpu or cuda.",
        DefaultValueFactory = _ => "auto",
    }.AcceptOnlyFromAmong("auto", "cpu", "cuda");
}
