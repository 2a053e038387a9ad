namespace RadAudit.Stats.Roc;

/// <summary>The paired DeLong comparison of two correlated AUCs measured on the same cases: difference A − B.</summary>
/// <remarks>
/// With S10, S01 the 2×2 sample covariance matrices of the case and control placements of A and B,
/// Var(θA − θB) = L(S10/m + S01/n)Lᵀ with L = (1, −1); z = (θA − θB)/SE, p = 2·Φ(−|z|), interval
/// (θA − θB) ± z₁₋α/₂·SE (not clipped). DeLong et al. (1988); pROC's <c>roc.test(paired = TRUE, method =
/// "delong")</c>, including z = 0, p = 1 when both the difference and its variance are 0 (identical scores).
/// </remarks>
/// <param name="AucA">θA.</param>
/// <param name="AucB">θB.</param>
/// <param name="Variance">Variance of θA − θB.</param>
/// <param name="ConfidenceLevel">Level of the interval.</param>
/// <param name="Lower">Lower limit for θA − θB.</param>
/// <param name="Upper">Upper limit for θA − θB.</param>
/// <param name="Z">z statistic.</param>
/// <param name="P">Two-sided p-value.</param>
/// <param name="UndefinedReason">Why the comparison is undefined, or null.</param>
public sealed record AucDifference(
    double AucA,
    double AucB,
    double Variance,
    double ConfidenceLevel,
    double Lower,
    double Upper,
    double Z,
    double P,
    string? UndefinedReason)
{
    /// <summary>θA − θB.</summary>
    public double Difference => AucA - AucB;

    /// <summary>Standard error of the difference.</summary>
    public double StandardError => Math.Sqrt(Variance);
}
