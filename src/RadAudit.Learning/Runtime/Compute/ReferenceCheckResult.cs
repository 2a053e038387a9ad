namespace RadAudit.Learning.Runtime.Compute;

/// <summary>The outcome of one <see cref="ReferenceCase"/>: the worst disagreement per kind of quantity and every
/// quantity out of tolerance.</summary>
/// <param name="Case">What was checked.</param>
/// <param name="Worst">The largest relative error among logits, loss, gradients and batch-norm statistics each.</param>
/// <param name="Failures">Every quantity beyond its tolerance, worst first.</param>
/// <param name="Seconds">Wall time of the check.</param>
public sealed record ReferenceCheckResult(ReferenceCase Case, IReadOnlyList<QuantityDisagreement> Worst,
    IReadOnlyList<QuantityDisagreement> Failures, double Seconds)
{
    /// <summary>Every quantity within tolerance.</summary>
    public bool Passed => Failures.Count == 0;
}
