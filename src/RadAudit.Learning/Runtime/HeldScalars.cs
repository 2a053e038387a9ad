using TorchSharp;

namespace RadAudit.Learning.Runtime;

/// <summary>
/// Number arguments for tensor calls that run while other threads allocate (every training step, inference and
/// saliency batch), held where no collection can free them mid-call.
/// </summary>
/// <remarks>
/// TorchSharp turns each number argument — <c>add_(1)</c>, <c>x * 2</c>, <c>clamp_min(0)</c>, and the hidden
/// <c>alpha = 1</c> of <c>Tensor.add(Tensor)</c> — into a new native <see cref="Scalar"/> and passes its raw handle
/// to libtorch without keeping the managed object alive. A collection started by another thread (the data loader's)
/// can then finalize the Scalar while libtorch still reads it: a use-after-free that surfaces as "Unknown scalar
/// type" or "alpha must not be a floating point number". Measured with <c>RadAudit.Benchmarks scalar-race</c>:
/// TorchSharp's batch norm failed 111 and 1 times in two runs of 400,000 calls under constant collection pressure
/// (docs/performance.md). Static fields are roots, so the Scalars here live for the whole process; a value known
/// only at run time goes in a <c>using Scalar</c> local, which stays alive until the end of its block.
/// </remarks>
internal static class HeldScalars
{
    public static readonly Scalar Zero = 0.ToScalar();
    public static readonly Scalar One = 1.ToScalar();
    public static readonly Scalar Two = 2.ToScalar();
}
