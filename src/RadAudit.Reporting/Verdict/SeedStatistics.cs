namespace RadAudit.Reporting.Verdict;

/// <summary>Mean and spread of per-seed values (the across-training-run variability the study could not show).</summary>
public static class SeedStatistics
{
    /// <summary>Arithmetic mean; NaN for no values.</summary>
    public static double Mean(IReadOnlyList<double> values) => values.Count == 0 ? double.NaN : values.Average();

    /// <summary>Sample standard deviation (n − 1 denominator); NaN for fewer than two values.</summary>
    public static double SampleStandardDeviation(IReadOnlyList<double> values)
    {
        if (values.Count < 2)
            return double.NaN;
        double mean = Mean(values);
        double sumOfSquares = values.Sum(value => (value - mean) * (value - mean));
        return Math.Sqrt(sumOfSquares / (values.Count - 1));
    }
}
