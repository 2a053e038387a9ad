using MathNet.Numerics.Distributions;

namespace RadAudit.Stats.Attention;

/// <summary>An estimate with its 95% confidence interval over <see cref="Count"/> images.</summary>
/// <param name="Estimate">The mean (or proportion); NaN when there are no images.</param>
/// <param name="Lower">Lower 95% bound; NaN when it cannot be computed (fewer than two values for a mean).</param>
/// <param name="Upper">Upper 95% bound.</param>
/// <param name="Count">How many images entered.</param>
public sealed record IntervalEstimate(double Estimate, double Lower, double Upper, int Count)
{
    /// <summary>Decimal places summary.json keeps (<see cref="AttentionReportWriter"/>).</summary>
    public const int RecordedDecimals = 6;

    /// <summary>This estimate as summary.json records it: rounded to <see cref="RecordedDecimals"/> places, and
    /// NaN where it is not finite (written as null), so figures taken from a fresh run and from the file agree.</summary>
    public IntervalEstimate AsRecorded() => new(Recorded(Estimate), Recorded(Lower), Recorded(Upper), Count);

    /// <summary>One value as summary.json records it.</summary>
    public static double Recorded(double value) => double.IsFinite(value) ? Math.Round(value, RecordedDecimals) : double.NaN;

    /// <summary>Mean with the Student-t interval: mean ± t(0.975, n − 1) · s / √n.</summary>
    public static IntervalEstimate Mean(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        int n = values.Count;
        if (n == 0) return new IntervalEstimate(double.NaN, double.NaN, double.NaN, 0);
        double mean = values.Average();
        if (n == 1) return new IntervalEstimate(mean, double.NaN, double.NaN, 1);
        double variance = values.Sum(value => (value - mean) * (value - mean)) / (n - 1);
        double halfWidth = StudentT.InvCDF(0, 1, n - 1, 0.975) * Math.Sqrt(variance / n);
        return new IntervalEstimate(mean, mean - halfWidth, mean + halfWidth, n);
    }

    /// <summary>
    /// Proportion with the Wilson score interval (Wilson 1927), which stays inside [0, 1] and behaves at 0 and n successes.
    /// </summary>
    public static IntervalEstimate Proportion(int successes, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, count);
        if (count == 0) return new IntervalEstimate(double.NaN, double.NaN, double.NaN, 0);
        const double z = 1.959963984540054;
        double p = (double)successes / count, zSquared = z * z;
        double centre = (p + zSquared / (2 * count)) / (1 + zSquared / count);
        double halfWidth = z / (1 + zSquared / count) * Math.Sqrt(p * (1 - p) / count + zSquared / (4.0 * count * count));
        return new IntervalEstimate(p, Math.Max(0, centre - halfWidth), Math.Min(1, centre + halfWidth), count);
    }
}
