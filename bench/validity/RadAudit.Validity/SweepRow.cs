using RadAudit.Stats.Descriptive;

namespace RadAudit.Validity;

/// <summary>
/// Per planted strength and number of seeds k: the labels-only AUC and how often each verdict fires. A cover claim is
/// split by direction because only one is a false alarm at strength 0: labels that carry nothing cannot make covering
/// them cost AUC, but a model can still have fitted them as noise, and covering that may raise AUC (the study's +0.013).
/// </summary>
public sealed record SweepRow(double Strength, int Seeds, int Runs, SampleSummary LabelsOnly, Proportion Shortcut, Proportion Leak,
    Proportion Placement, Proportion CoverLossClaims, Proportion CoverGainClaims, Proportion RandomCoverClaims, Proportion RandomCoverTestAlone,
    Proportion RandomCoverDeLongAlone)
{
    /// <summary>The row of two disjoint sets of runs at the same strength and k (a sweep finished in parts).</summary>
    /// <exception cref="ArgumentException">The rows are for different strengths or k.</exception>
    public static SweepRow Pool(SweepRow first, SweepRow second)
    {
        if (first.Strength != second.Strength || first.Seeds != second.Seeds)
            throw new ArgumentException($"Cannot pool the row of strength {first.Strength}, k {first.Seeds} with that of strength {second.Strength}, k {second.Seeds}.", nameof(second));
        return new SweepRow(first.Strength, first.Seeds, first.Runs + second.Runs, SampleSummary.Pool(first.LabelsOnly, second.LabelsOnly),
            first.Shortcut + second.Shortcut, first.Leak + second.Leak, first.Placement + second.Placement,
            first.CoverLossClaims + second.CoverLossClaims, first.CoverGainClaims + second.CoverGainClaims,
            first.RandomCoverClaims + second.RandomCoverClaims, first.RandomCoverTestAlone + second.RandomCoverTestAlone,
            first.RandomCoverDeLongAlone + second.RandomCoverDeLongAlone);
    }
}
