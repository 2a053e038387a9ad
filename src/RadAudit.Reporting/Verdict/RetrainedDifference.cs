namespace RadAudit.Reporting.Verdict;

/// <summary>What the verdict makes of the across-seeds test of a difference between two retrained conditions.</summary>
public enum RetrainedDifferenceCall
{
    /// <summary>Within training and test-set variation (or not tested).</summary>
    None,

    /// <summary>Detectable (p &lt; 0.05) but smaller than <see cref="RetrainedDifference.SmallestChange"/>: no effect that matters.</summary>
    Negligible,

    /// <summary>Detectable and at least <see cref="RetrainedDifference.SmallestChange"/>: the verdict claims a change.</summary>
    Changed,
}

/// <summary>
/// The verdict's rule for cover − original and random-cover − original with K ≥ 2 seeds: a change is claimed when the
/// across-seeds test (which counts seed-to-seed variation) gives p &lt; 0.05 <em>and</em> the mean difference is at
/// least 0.01 AUC. The floor is there because a paired comparison of two models fine-tuned from the same weights with
/// the same seed is very precise: in the calibration sweep (docs/validity.md) random covering cost 0.003–0.008 AUC in
/// every run, with standard errors near 0.003, so without the floor the control "changed AUC" in runs where nothing of
/// interest happened. 0.01 is the tolerance the demo's own criterion uses (cover ≥ original − 0.01) and below the
/// study's effect (+0.013). The sweep's summary (bench/validity) calls this same rule.
/// </summary>
public static class RetrainedDifference
{
    /// <summary>The smallest AUC change the verdict calls a change.</summary>
    public const double SmallestChange = 0.01;

    /// <summary>The call for a mean difference <paramref name="mean"/> with across-seeds p-value <paramref name="p"/>.</summary>
    public static RetrainedDifferenceCall Call(double mean, double p)
    {
        if (!double.IsFinite(p) || !double.IsFinite(mean) || p >= VerdictWriter.SignificanceLevel) return RetrainedDifferenceCall.None;
        return Math.Abs(mean) >= SmallestChange ? RetrainedDifferenceCall.Changed : RetrainedDifferenceCall.Negligible;
    }
}
