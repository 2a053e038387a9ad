using RadAudit.Learning.Runtime;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RadAudit.Learning.Models;

/// <summary>
/// 2-D batch normalisation with TorchSharp's parameters, buffers and state-dict names (weight, bias, running_mean,
/// running_var, num_batches_tracked), whose training forward counts batches with a held Scalar.
/// </summary>
/// <remarks>
/// TorchSharp's own <c>BatchNorm2d</c> counts with <c>num_batches_tracked.add_(1)</c>, which creates two temporary
/// native Scalars per call that a collection on another thread can free while libtorch reads them
/// (<see cref="HeldScalars"/>). DenseNet-121 has 121 batch norms, so a training forward pass makes 242 such Scalars
/// and under a busy loader this is the commonest victim: the demo crashed there once glibc's allocator reused the
/// freed blocks quickly.
/// </remarks>
internal sealed class BatchNormalization2d(long features, double epsilon = 1e-5, double momentum = 0.1)
    : BatchNorm(features, epsilon, momentum, affine: true, track_running_stats: true, device: null, dtype: null,
        name: nameof(BatchNormalization2d))
{
    /// <inheritdoc />
    public override Tensor forward(Tensor input)
    {
        ValidateInputDimensions(input);
        if (training) num_batches_tracked!.add_(HeldScalars.One, HeldScalars.One);
        // A fixed momentum (torchvision's 0.1) makes the batch count bookkeeping only, as in PyTorch.
        return nn.functional.batch_norm(input, running_mean, running_var, weight, bias, training, momentum!.Value, eps);
    }

    /// <inheritdoc />
    protected override void ValidateInputDimensions(Tensor input)
    {
        if (input.ndim != 4)
            throw new ArgumentException($"Expected an N × C × H × W input, got {input.ndim} dimensions.", nameof(input));
    }
}
