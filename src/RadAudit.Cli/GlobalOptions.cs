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

    /// <summary>A fresh <c>--memory-format</c> option (training's weight and activation layout).</summary>
    public static Option<string> MemoryFormat() => new Option<string>("--memory-format")
    {
        Description = "Weight and activation layout: auto (the architecture's faster one: channels-last for DenseNet-121/169), channels-last or contiguous. Same numbers, different speed.",
        DefaultValueFactory = _ => "auto",
    }.AcceptOnlyFromAmong([.. RadAudit.Learning.Models.MemoryLayoutNames.Choices]);

    /// <summary>A fresh <c>--precision</c> option (the type training's convolutions compute in).</summary>
    public static Option<string> Precision() => new Option<string>("--precision")
    {
        Description = "What training's convolutions compute in: fp32 (default, reproducible) or bf16 (like PyTorch's autocast: faster on GPUs and CPUs with bfloat16 units; weights, batch-norm statistics and the loss stay float32).",
        DefaultValueFactory = _ => "fp32",
    }.AcceptOnlyFromAmong([.. RadAudit.Learning.Models.ComputePrecisionNames.Choices]);

    /// <summary>--libtorch: an existing PyTorch installation's torch/lib folder to run on (as RADAUDIT_LIBTORCH).</summary>
    public static Option<string?> LibTorch { get; } = new("--libtorch")
    {
        Description = "Run on the libtorch of an existing PyTorch installation (its torch/lib folder), e.g. a CUDA build. Same as RADAUDIT_LIBTORCH.",
        Recursive = true,
    };
}
