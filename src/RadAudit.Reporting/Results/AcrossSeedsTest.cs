namespace RadAudit.Reporting.Results;

/// <summary>
/// <c>comparisons.*.across_seeds</c>: the change between two trained conditions tested over the K training seeds,
/// counting seed-to-seed variation as well as the test images (Welch–Satterthwaite t; docs/metrics.md). Absent with
/// one seed, where a difference between two retrained models cannot be told from training noise.
/// </summary>
/// <param name="Seeds">K.</param>
/// <param name="DifferenceMean">Mean of the K per-seed differences.</param>
/// <param name="Se">Its standard error (training and test variation).</param>
/// <param name="Df">Welch–Satterthwaite degrees of freedom.</param>
/// <param name="T">t statistic.</param>
/// <param name="P">Two-sided p-value.</param>
/// <param name="Ci95">95% interval of the mean difference.</param>
public sealed record AcrossSeedsTest(int Seeds, double DifferenceMean, double Se, double Df, double T, double P, ConfidenceInterval Ci95)
{
    /// <summary>The test's name as results.json and the methods text give it.</summary>
    public string Method => "Welch–Satterthwaite t over seeds (seed-to-seed variance + mean paired DeLong variance)";
}
