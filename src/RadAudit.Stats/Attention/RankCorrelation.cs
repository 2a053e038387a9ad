namespace RadAudit.Stats.Attention;

/// <summary>Spearman's rank correlation of two saliency maps (the randomisation sanity check's similarity measure,
/// as Adebayo et al. 2018 use it).</summary>
public static class RankCorrelation
{
    /// <summary>
    /// Spearman's ρ: the Pearson correlation of the two maps' ranks, ties given their average rank (maps rectified by
    /// ReLU have many zeros). NaN when either map is constant (its ranks have no spread).
    /// </summary>
    public static double Spearman(IReadOnlyList<float> first, IReadOnlyList<float> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count != second.Count)
            throw new ArgumentException($"The maps have {first.Count} and {second.Count} values.", nameof(second));
        double[] a = Ranks(first), b = Ranks(second);
        double meanA = a.Average(), meanB = b.Average(), covariance = 0, varianceA = 0, varianceB = 0;
        for (int i = 0; i < a.Length; i++)
        {
            double da = a[i] - meanA, db = b[i] - meanB;
            covariance += da * db;
            varianceA += da * da;
            varianceB += db * db;
        }
        return varianceA > 0 && varianceB > 0 ? covariance / Math.Sqrt(varianceA * varianceB) : double.NaN;
    }

    /// <summary>1-based ranks, ties averaged.</summary>
    public static double[] Ranks(IReadOnlyList<float> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        int[] order = [.. Enumerable.Range(0, values.Count)];
        Array.Sort(order, (x, y) => values[x].CompareTo(values[y]));
        var ranks = new double[values.Count];
        for (int start = 0; start < order.Length;)
        {
            int end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]]) end++;
            double average = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) ranks[order[k]] = average;
            start = end + 1;
        }
        return ranks;
    }
}
