namespace RadAudit.Stats.Descriptive;

/// <summary>
/// Count, mean and sample standard deviation of a set of values, which two disjoint sets combine into exactly
/// (<see cref="Pool"/>): a sweep split over sessions or machines keeps only each part's summary, and the whole is
/// rebuilt from the parts without the values (docs/validity.md).
/// </summary>
/// <param name="Count">Number of values.</param>
/// <param name="Mean">Their mean; NaN when there are none.</param>
/// <param name="Sd">Their sample standard deviation (n − 1); NaN with fewer than two.</param>
public sealed record SampleSummary(int Count, double Mean, double Sd)
{
    /// <summary>The summary of no values.</summary>
    public static SampleSummary Empty { get; } = new(0, double.NaN, double.NaN);

    /// <summary>The summary of <paramref name="values"/>.</summary>
    public static SampleSummary Of(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0) return Empty;
        double mean = values.Average();
        double sd = values.Count > 1 ? Math.Sqrt(values.Sum(value => (value - mean) * (value - mean)) / (values.Count - 1)) : double.NaN;
        return new SampleSummary(values.Count, mean, sd);
    }

    /// <summary>The summary of the union of the two sets of values: the counts add, the mean is count-weighted, and the
    /// sum of squared deviations about the pooled mean is each part's own plus its count times its mean's offset squared.</summary>
    public static SampleSummary Pool(SampleSummary first, SampleSummary second)
    {
        if (first.Count == 0) return second;
        if (second.Count == 0) return first;
        int count = first.Count + second.Count;
        double mean = (first.Count * first.Mean + second.Count * second.Mean) / count;
        double squares = SquaredDeviations(first) + SquaredDeviations(second)
            + first.Count * (first.Mean - mean) * (first.Mean - mean) + second.Count * (second.Mean - mean) * (second.Mean - mean);
        return new SampleSummary(count, mean, count > 1 ? Math.Sqrt(squares / (count - 1)) : double.NaN);
    }

    // With one value the standard deviation is undefined but its squared deviations are 0.
    private static double SquaredDeviations(SampleSummary summary) => summary.Count > 1 ? summary.Sd * summary.Sd * (summary.Count - 1) : 0;
}
