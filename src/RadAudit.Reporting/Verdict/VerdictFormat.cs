using System.Globalization;
using RadAudit.Reporting.Results;

namespace RadAudit.Reporting.Verdict;

/// <summary>How numbers read in verdict sentences and report tables (invariant culture, fixed precision).</summary>
public static class VerdictFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>An AUC, kappa or rate with two decimals ("0.64"); "n/a" when unknown.</summary>
    public static string Metric(double value) =>
        double.IsFinite(value) ? value.ToString("0.00", Invariant) : "n/a";

    /// <summary>A value with three decimals ("0.640"), for means and standard deviations.</summary>
    public static string Precise(double value) =>
        double.IsFinite(value) ? value.ToString("0.000", Invariant) : "n/a";

    /// <summary>A signed difference with three decimals ("+0.013", "-0.004").</summary>
    public static string Signed(double value) =>
        double.IsFinite(value) ? value.ToString("+0.000;-0.000;0.000", Invariant) : "n/a";

    /// <summary>An interval of metrics with an en dash ("0.61–0.67").</summary>
    public static string Range(ConfidenceInterval interval) =>
        interval.IsKnown ? $"{Metric(interval.Lower)}–{Metric(interval.Upper)}" : "n/a";

    /// <summary>An interval of signed differences with "to", since a dash would read as a minus ("-0.010 to +0.018").</summary>
    public static string SignedRange(ConfidenceInterval interval) =>
        interval.IsKnown ? $"{Signed(interval.Lower)} to {Signed(interval.Upper)}" : "n/a";

    /// <summary>A p-value as "p = 0.02", "p = 0.004" or "p &lt; 0.001".</summary>
    /// <remarks>Two decimals down to 0.01, three below, and a floor at 0.001 (smaller values are not meaningful
    /// given the normal approximation of DeLong's test).</remarks>
    public static string PValue(double p)
    {
        if (!double.IsFinite(p))
            return "p n/a";
        if (p < 0.001)
            return "p < 0.001";
        return p < 0.01 ? $"p = {p.ToString("0.000", Invariant)}" : $"p = {p.ToString("0.00", Invariant)}";
    }

    /// <summary>A fraction in [0, 1] as a percentage: integer from 10%, one decimal below ("38%", "1.6%").</summary>
    public static string Percent(double fraction)
    {
        if (!double.IsFinite(fraction))
            return "n/a";
        double percent = fraction * 100;
        return (percent >= 10 ? percent.ToString("0", Invariant) : percent.ToString("0.#", Invariant)) + "%";
    }

    /// <summary>A ratio such as an enrichment ("19×", "2.4×").</summary>
    public static string Times(double ratio) =>
        double.IsFinite(ratio) ? (ratio >= 10 ? ratio.ToString("0", Invariant) : ratio.ToString("0.#", Invariant)) + "×" : "n/a";

    /// <summary>A count with thousands separators ("3,197").</summary>
    public static string Count(int count) => count.ToString("N0", Invariant);

    /// <summary>Mean ± sample standard deviation of <paramref name="values"/> ("0.640 ± 0.010").</summary>
    public static string MeanAndSd(IReadOnlyList<double> values, Func<double, string> format) =>
        $"{format(SeedStatistics.Mean(values))} ± {Precise(SeedStatistics.SampleStandardDeviation(values))}";
}
