using static TorchSharp.torch;

namespace RadAudit.Learning.Models;

/// <summary>
/// ReLU (torchvision's <c>nn.ReLU(inplace=True)</c>, no parameters) that the float64 reference check can swap for a
/// smooth surrogate.
/// </summary>
/// <remarks>
/// ReLU's derivative jumps at 0, so wherever float32 and float64 round a pre-activation to opposite signs the two
/// gradients differ by a whole term. Through DenseNet-121's 120 ReLUs that alone puts float32 gradients 3.5 %
/// away from float64 ones on a healthy machine (measured with Debian's PyTorch 1.13, batch 2, 128 px), as far as
/// the smaller broken kernels of issue #16 do. With <see cref="Smooth"/> the check computes softplus(βx)/β
/// (β = <see cref="SurrogateSharpness"/>, within 0.035 of ReLU everywhere) through the same convolution, batch-norm
/// and pooling kernels, and the float32 gradients land within 1e-4 of float64.
/// </remarks>
public sealed class RectifiedLinearUnit : nn.Module<Tensor, Tensor>
{
    /// <summary>β of the surrogate: sharp enough to act like ReLU on batch-normalised inputs, smooth at float32's scale.</summary>
    public const double SurrogateSharpness = 20;

    private readonly bool _inPlace;

    /// <summary>A ReLU; <paramref name="inPlace"/> overwrites its input (for fresh tensors only, as torchvision does).</summary>
    public RectifiedLinearUnit(bool inPlace = true) : base("ReLU") => _inPlace = inPlace;

    /// <summary>Compute the smooth surrogate instead (reference check only; never while training or predicting).</summary>
    public bool Smooth { get; set; }

    /// <inheritdoc />
    public override Tensor forward(Tensor input) => Activate(input, _inPlace);

    /// <summary>ReLU of <paramref name="input"/>, in place or into a new tensor. Either way the result is a handle of
    /// its own (in place: an alias of the overwritten input, as TorchSharp's ReLU returns), so callers such as
    /// <c>Sequential</c> may dispose the input's handle. The surrogate always computes a new tensor.</summary>
    public Tensor Activate(Tensor input, bool inPlace)
    {
        if (Smooth) return nn.functional.softplus(input, SurrogateSharpness);
        return inPlace ? input.relu_().alias() : nn.functional.relu(input);
    }
}
