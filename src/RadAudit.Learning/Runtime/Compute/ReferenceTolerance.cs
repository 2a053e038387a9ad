using RadAudit.Learning.Models;

namespace RadAudit.Learning.Runtime.Compute;

/// <summary>The largest relative errors (against float64) that rounding in the compute type explains.</summary>
/// <param name="Output">For logits, the loss and batch-norm running statistics.</param>
/// <param name="Gradient">For each parameter's gradient (against the floor of <see cref="GradientScale"/>).</param>
/// <param name="UnitRoundoff">u of the compute type: 2⁻²⁴ for float32, 2⁻⁸ for bfloat16.</param>
/// <remarks>
/// Expressed as multiples of u. float32: outputs 2¹²u (2.4e-4), gradients 2¹⁵u (2.0e-3). The largest errors of
/// correct kernels, measured on every registered architecture in both layouts at 64–224 px (issue #16's VM with the
/// cache repair, and Debian's PyTorch 1.13 on the same inputs): logits 3.4e-5 (resnet-50), batch-norm statistics
/// 1.6e-5, gradients 3.6e-4 (resnet-50), so the bounds leave 5–7× room; the broken kernels of issue #16 gave NaN, or
/// logits 0.32 and gradients 0.29–0.5 off, 150× beyond them. bfloat16: outputs 2⁸u (1.0), gradients 2¹⁰u (4.0):
/// its 8-bit significand makes a deep network at initialisation disagree with float64 by as much as the result
/// itself (resnet-50: logits 0.86, gradients 1.36 — PyTorch 1.13's own bf16 autocast gives 0.84 and 1.36 on the
/// same inputs), so a bf16 check can only catch non-finite or wildly wrong numbers, and says so.
/// </remarks>
public sealed record ReferenceTolerance(double Output, double Gradient, double UnitRoundoff)
{
    /// <summary>The tolerances of <paramref name="precision"/>.</summary>
    public static ReferenceTolerance For(ComputePrecision precision) => precision == ComputePrecision.BFloat16 ? BFloat16 : Float32;

    /// <summary>float32: u = 2⁻²⁴; outputs 2¹³u, gradients 2¹⁶u.</summary>
    public static ReferenceTolerance Float32 { get; } = new(Math.ScaleB(1, 13 - 24), Math.ScaleB(1, 16 - 24), Math.ScaleB(1, -24));

    /// <summary>bfloat16: u = 2⁻⁸; outputs 2⁸u, gradients 2¹⁰u (a breakage check, not an accuracy check).</summary>
    public static ReferenceTolerance BFloat16 { get; } = new(Math.ScaleB(1, 8 - 8), Math.ScaleB(1, 10 - 8), Math.ScaleB(1, -8));
}
