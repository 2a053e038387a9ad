using System.CommandLine;
using RadAudit.Learning.Models;

namespace RadAudit.Cli.Options;

/// <summary>Where and how a model computes: <c>--device</c>, and for training <c>--memory-format</c> and
/// <c>--precision</c>. Declared once here with their defaults and accepted values.</summary>
public sealed class DeviceOptions
{
    /// <summary>The options; <paramref name="training"/> adds the memory layout and the precision.</summary>
    public DeviceOptions(bool training)
    {
        Training = training;
    }

    /// <summary>Whether the training options are included.</summary>
    public bool Training { get; }

    /// <summary>--device auto|cpu|cuda.</summary>
    public Option<string> Device { get; } = new Option<string>("--device")
    {
        Description = "Where tensors live: auto (CUDA if available), cpu or cuda.",
        DefaultValueFactory = _ => "auto",
    }.AcceptOnlyFromAmong("auto", "cpu", "cuda");

    /// <summary>--memory-format auto|channels-last|contiguous.</summary>
    public Option<string> MemoryFormat { get; } = new Option<string>("--memory-format")
    {
        Description = "Weight and activation layout: auto (the architecture's faster one: channels-last for DenseNet-121/169, unless this machine's compute check rules it out), channels-last or contiguous. Same numbers, different speed.",
        DefaultValueFactory = _ => "auto",
    }.AcceptOnlyFromAmong([.. MemoryLayoutNames.Choices]);

    /// <summary>--precision fp32|bf16.</summary>
    public Option<string> Precision { get; } = new Option<string>("--precision")
    {
        Description = "What training's convolutions compute in: fp32 (default, reproducible) or bf16 (like PyTorch's autocast: faster on GPUs and CPUs with bfloat16 units; weights, batch-norm statistics and the loss stay float32).",
        DefaultValueFactory = _ => "fp32",
    }.AcceptOnlyFromAmong([.. ComputePrecisionNames.Choices]);

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Device);
        if (!Training) return;
        command.Options.Add(MemoryFormat);
        command.Options.Add(Precision);
    }
}
