namespace RadAudit.Stats.Bootstrap;

/// <summary>Sample quantiles.</summary>
public static class Quantile
{
    /// <summary>
    /// R's default sample quantile (Hyndman &amp; Fan 1996 type 7): with h = (N − 1)·p, linear interpolation between
    /// the order statistics ⌊h⌋ and ⌊h⌋ + 1 (0-based). <paramref name="sorted"/> must be sorted ascending.
    /// </summary>
    public static double Type7(IReadOnlyList<double> sorted, double probability)
    {
        if (sorted.Count == 0) return double.NaN;
        if (probability is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(probability), probability, "Probability must lie in [0, 1].");
        double h = (sorted.Count - 1) * probability;
        int below = (int)Math.Floor(h);
        int above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }
}
