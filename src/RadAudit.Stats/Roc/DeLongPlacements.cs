namespace RadAudit.Stats.Roc;

/// <summary>
/// DeLong's structural components ("placements") of one score vector: the empirical AUC and, per case and per
/// control, the share of the other class it beats. The building block of every DeLong variance.
/// </summary>
/// <remarks>
/// For case i, <c>V10[i] = (#controls with a lower score + ½·#tied controls) / n</c>; for control j,
/// <c>V01[j] = (#cases with a higher score + ½·#tied cases) / m</c>. Both average to the AUC
/// (θ, the Mann–Whitney statistic with ties counted one half). DeLong, DeLong &amp; Clarke-Pearson (1988),
/// Biometrics 44:837; computed in O(n log n) from one sort as in Sun &amp; Xu (2014), IEEE SPL 21:1389, and as
/// pROC's <c>delongPlacements</c> (X = V10, Y = V01).
/// </remarks>
public sealed class DeLongPlacements
{
    private DeLongPlacements(double theta, double[] casePlacements, double[] controlPlacements)
    {
        Theta = theta;
        CasePlacements = casePlacements;
        ControlPlacements = controlPlacements;
    }

    /// <summary>The AUC θ (NaN when a class is empty).</summary>
    public double Theta { get; }

    /// <summary>V10: one value per case, in the input order of <see cref="BinaryScores.Cases"/>.</summary>
    public double[] CasePlacements { get; }

    /// <summary>V01: one value per control, in the input order of <see cref="BinaryScores.Controls"/>.</summary>
    public double[] ControlPlacements { get; }

    /// <summary>Computes the placements of <paramref name="scores"/>.</summary>
    public static DeLongPlacements Compute(BinaryScores scores) => Compute(RankedScores.From(scores));

    internal static DeLongPlacements Compute(RankedScores ranked)
    {
        int m = ranked.CaseCount, n = ranked.ControlCount;
        var cases = new double[m];
        var controls = new double[n];
        // Counts of half-units (2·wins + ties) are integers, so the AUC numerator is summed exactly.
        double halfUnitsTotal = 0;
        long casesBelow = 0, controlsBelow = 0;
        for (int group = 0; group < ranked.GroupCount; group++)
        {
            int start = ranked.GroupStarts[group], end = ranked.GroupStarts[group + 1];
            int casesHere = 0;
            for (int position = start; position < end; position++)
                if (ranked.IsCase(position)) casesHere++;
            int controlsHere = end - start - casesHere;
            double caseHalfUnits = 2.0 * controlsBelow + controlsHere;
            double controlHalfUnits = 2.0 * (m - casesBelow - casesHere) + casesHere;
            for (int position = start; position < end; position++)
            {
                int pooled = ranked.PooledIndex[position];
                if (pooled < m) cases[pooled] = caseHalfUnits / (2.0 * n);
                else controls[pooled - m] = controlHalfUnits / (2.0 * m);
            }
            halfUnitsTotal += casesHere * caseHalfUnits;
            casesBelow += casesHere;
            controlsBelow += controlsHere;
        }
        double theta = m > 0 && n > 0 ? halfUnitsTotal / (2.0 * m * (double)n) : double.NaN;
        return new DeLongPlacements(theta, cases, controls);
    }
}
