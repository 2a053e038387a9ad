using RadAudit.Core;
namespace RadAudit.Learning.Models;

/// <summary>The number type convolutions compute in during training.</summary>
/// <remarks>
/// Weights, gradients, the optimizer, batch-normalisation statistics, the head and the loss stay float32 either
/// way. <see cref="BFloat16"/> works like PyTorch's autocast: each convolution casts its float32 weight and its input
/// to bfloat16, so activations between layers are half the size and tensor cores can run; the cast's backward
/// returns float32 gradients to the float32 weights. bfloat16 keeps float32's exponent range, so gradients cannot
/// underflow and no loss scaling is needed (unlike float16).
/// </remarks>
public enum ComputePrecision
{
    /// <summary>float32 throughout (bit-for-bit reproducible on the CPU).</summary>
    Float32,

    /// <summary>bfloat16 convolutions and activations, float32 everything else.</summary>
    BFloat16,
}

/// <summary>The names of <see cref="ComputePrecision"/> on the command line.</summary>
public static class ComputePrecisionNames
{
    /// <summary>Accepted values of <c>--precision</c>.</summary>
    public static IReadOnlyList<string> Choices { get; } = ["fp32", "bf16"];

    /// <exception cref="Core.RadAuditException">Unknown name (exit code 2).</exception>
    public static ComputePrecision Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "fp32" => ComputePrecision.Float32,
        "bf16" => ComputePrecision.BFloat16,
        _ => throw new RadAuditException($"precision '{name}' is unknown; choose one of {string.Join(", ", Choices)}.", exitCode: 2, setting: Settings.Precision),
    };

    /// <summary>The command-line name of <paramref name="precision"/>.</summary>
    public static string NameOf(ComputePrecision precision) => precision == ComputePrecision.BFloat16 ? "bf16" : "fp32";
}
