namespace RadAudit.Stats.Roc;

/// <summary>One AUC with its DeLong variance, confidence interval and z-test against chance (AUC = 0.5).</summary>
/// <remarks>
/// Variance = S10/m + S01/n with S10, S01 the sample variances (denominators m−1, n−1) of the case and control
/// placements (DeLong et al. 1988). The interval is θ ± z₁₋α/₂·SE clipped to [0, 1], as pROC's
/// <c>ci.auc(method = "delong")</c>. Undefined quantities are NaN: the AUC when a class is empty, the variance
/// when a class has fewer than two members (as pROC).
/// </remarks>
/// <param name="Auc">Area under the ROC curve θ.</param>
/// <param name="Variance">DeLong variance of θ.</param>
/// <param name="ConfidenceLevel">Level of the interval, e.g. 0.95.</param>
/// <param name="Lower">Lower confidence limit.</param>
/// <param name="Upper">Upper confidence limit.</param>
/// <param name="ZAgainstChance">z = (θ − 0.5)/SE.</param>
/// <param name="PAgainstChance">Two-sided p-value of the test θ = 0.5.</param>
/// <param name="UndefinedReason">Why the AUC or its variance is undefined, or null.</param>
public sealed record AucEstimate(
    double Auc,
    double Variance,
    double ConfidenceLevel,
    double Lower,
    double Upper,
    double ZAgainstChance,
    double PAgainstChance,
    string? UndefinedReason)
{
    /// <summary>Standard error √Variance.</summary>
    public double StandardError => Math.Sqrt(Variance);
}
