using static TorchSharp.torch;

namespace RadAudit.Learning.Runtime.Compute;

/// <summary>The size a parameter's gradient would have if the whole gradient were spread evenly over every weight.</summary>
/// <remarks>
/// A gradient is a sum of many terms; where they nearly cancel (batch-norm scales at initialisation, whose
/// gradient is Σ dy·x̂ over normalised x̂) the result is small while each term, and so each rounding error, is
/// not. Relative to such a tiny exact value even a correct float32 gradient looks wrong. The floor
/// ‖g‖ · √(nᵢ / N) measures those tensors against the model's typical gradient instead, which still catches a
/// wrong kernel: its errors are as large as the gradients themselves.
/// </remarks>
internal sealed class GradientScale
{
    private readonly double _norm;
    private readonly long _count;

    private GradientScale(double norm, long count)
    {
        _norm = norm;
        _count = count;
    }

    /// <summary>The scale of the exact gradients (missing ones are skipped).</summary>
    public static GradientScale Of(IEnumerable<Tensor?> gradients)
    {
        double squares = 0;
        long count = 0;
        foreach (Tensor gradient in gradients.OfType<Tensor>())
        {
            using Tensor norm = gradient.norm();
            double value = norm.item<double>();
            squares += value * value;
            count += gradient.numel();
        }
        return new GradientScale(Math.Sqrt(squares), Math.Max(1, count));
    }

    /// <summary>‖g‖ · √(nᵢ / N) for a parameter of nᵢ weights.</summary>
    public double Floor(Tensor parameter) => _norm * Math.Sqrt((double)parameter.numel() / _count);
}
