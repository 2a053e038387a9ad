namespace RadAudit.Reporting.Results;

/// <summary>
/// A paired comparison of two conditions' image-level AUCs on the same valid images
/// (<c>comparisons.original_vs_cover</c>, <c>comparisons.random_cover_vs_original</c>).
/// </summary>
/// <remarks>
/// <see cref="Difference"/> is AUC(<see cref="Condition"/>) − AUC(<see cref="Baseline"/>), so a positive value
/// means the changed input scored higher. <see cref="Z"/> and <see cref="P"/> come from the paired DeLong test
/// (DeLong et al. 1988, fast algorithm of Sun and Xu 2014); <see cref="BootstrapCi95"/> from a paired
/// percentile bootstrap that resamples studies. With K &gt; 1 seeds the headline values are the first seed's and
/// <see cref="Seeds"/> / <see cref="DifferenceSd"/> show how much one training run's difference varies.
/// </remarks>
/// <param name="Condition">The changed condition, e.g. <c>cover</c>.</param>
/// <param name="Baseline">The reference condition, e.g. <c>original</c>.</param>
/// <param name="Difference">AUC(condition) − AUC(baseline).</param>
/// <param name="Ci95">DeLong 95% CI of the difference.</param>
/// <param name="Z">DeLong z statistic.</param>
/// <param name="P">Two-sided DeLong p-value.</param>
/// <param name="BootstrapCi95">Paired bootstrap 95% percentile CI of the difference (unknown when not run).</param>
/// <param name="Seeds">Per-seed differences (one element with one seed).</param>
/// <param name="DifferenceMean">Mean of <c>seeds[].difference</c>.</param>
/// <param name="DifferenceSd">Sample standard deviation of <c>seeds[].difference</c>; NaN with one seed.</param>
/// <param name="AcrossSeeds">The test over seeds (K ≥ 2), which the verdict uses; null with one seed.</param>
public sealed record ComparisonResult(
    string Condition,
    string Baseline,
    double Difference,
    ConfidenceInterval Ci95,
    double Z,
    double P,
    ConfidenceInterval BootstrapCi95,
    IReadOnlyList<SeedDifference> Seeds,
    double DifferenceMean,
    double DifferenceSd,
    AcrossSeedsTest? AcrossSeeds = null);
