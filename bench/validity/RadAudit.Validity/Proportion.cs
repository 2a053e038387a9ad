using MathNet.Numerics.Distributions;

namespace RadAudit.Validity;

/// <summary>A count out of a number of runs with its exact (Clopper–Pearson) 95% interval.</summary>
public sealed record Proportion(int Count, int Total)
{
    /// <summary>Count / Total.</summary>
    public double Rate => Total == 0 ? double.NaN : (double)Count / Total;

    /// <summary>Lower end: the 2.5% quantile of Beta(x, n − x + 1), 0 when x = 0.</summary>
    public double Lower => Count == 0 ? 0 : Beta.InvCDF(Count, Total - Count + 1, 0.025);

    /// <summary>Upper end: the 97.5% quantile of Beta(x + 1, n − x), 1 when x = n.</summary>
    public double Upper => Count == Total ? 1 : Beta.InvCDF(Count + 1, Total - Count, 0.975);

    /// <summary>The count over two disjoint sets of runs.</summary>
    public static Proportion operator +(Proportion first, Proportion second) => new(first.Count + second.Count, first.Total + second.Total);

    /// <summary>"2/5 (0.40, 0.05–0.85)".</summary>
    public override string ToString() => Total == 0 ? "–" : FormattableString.Invariant($"{Count}/{Total} ({Rate:0.00}; {Lower:0.00}–{Upper:0.00})");
}
