namespace RadAudit.Stats.Roc;

/// <summary>
/// The empirical ROC curve: one point per distinct score (ties move the curve diagonally, which is why the
/// trapezoid area equals the Mann–Whitney AUC with ties counted one half), from (0, 0) to (1, 1).
/// </summary>
public sealed class RocCurve
{
    private RocCurve(IReadOnlyList<RocPoint> points) => Points = points;

    /// <summary>Points by decreasing threshold: first (+∞, 0, 0), last (lowest score, 1, 1). Empty when a class is empty.</summary>
    public IReadOnlyList<RocPoint> Points { get; }

    /// <summary>Builds the curve of <paramref name="scores"/>.</summary>
    public static RocCurve Compute(BinaryScores scores)
        => scores.HasBothClasses ? Compute(RankedScores.From(scores)) : new RocCurve([]);

    internal static RocCurve Compute(RankedScores ranked)
    {
        double m = ranked.CaseCount, n = ranked.ControlCount;
        var points = new List<RocPoint>(ranked.GroupCount + 1) { new(double.PositiveInfinity, 0, 0) };
        long casesAbove = 0, controlsAbove = 0;
        for (int group = ranked.GroupCount - 1; group >= 0; group--)
        {
            int start = ranked.GroupStarts[group], end = ranked.GroupStarts[group + 1];
            for (int position = start; position < end; position++)
            {
                if (ranked.IsCase(position)) casesAbove++;
                else controlsAbove++;
            }
            points.Add(new RocPoint(ranked.SortedScores[start], controlsAbove / n, casesAbove / m));
        }
        return new RocCurve(points);
    }

    /// <summary>Area under the curve by the trapezoid rule (equals the Mann–Whitney AUC up to rounding).</summary>
    public double TrapezoidArea()
    {
        double area = 0;
        for (int k = 1; k < Points.Count; k++)
            area += (Points[k].FalsePositiveRate - Points[k - 1].FalsePositiveRate)
                * (Points[k].TruePositiveRate + Points[k - 1].TruePositiveRate) / 2;
        return Points.Count == 0 ? double.NaN : area;
    }

    /// <summary>
    /// Youden's optimal threshold: the point maximising J = sensitivity + specificity − 1 = TPR − FPR; among equal J
    /// the highest threshold (fewest positive calls) wins. Null when the curve is empty.
    /// </summary>
    /// <remarks>Youden (1950), Cancer 3:32. The threshold is an observed score, so `score ≥ threshold` reproduces the point.</remarks>
    public RocPoint? YoudenOptimum()
    {
        RocPoint? best = null;
        foreach (RocPoint point in Points.Skip(1))
            if (best is null || point.TruePositiveRate - point.FalsePositiveRate > best.Value.TruePositiveRate - best.Value.FalsePositiveRate)
                best = point;
        return best;
    }
}
