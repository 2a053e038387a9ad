namespace RadAudit.Reporting.Results;

/// <summary>The labels-only model against chance (<c>labels_only_vs_chance</c>).</summary>
/// <remarks>
/// The labels carry diagnostic information when <see cref="AucCi95"/> excludes 0.5. <see cref="P"/> is the
/// two-sided p-value of the DeLong z test of AUC = 0.5.
/// </remarks>
/// <param name="Auc">Study-level AUC of the model (study score = mean of its images' probabilities): a study's images
/// share its label and its technologist's labels, so they are not independent evidence.</param>
/// <param name="AucCi95">DeLong 95% CI of that AUC.</param>
/// <param name="P">Two-sided p-value against AUC = 0.5.</param>
public sealed record ChanceComparison(double Auc, ConfidenceInterval AucCi95, double P)
{
    /// <summary>True when the interval lies entirely above 0.5: the labels alone predict abnormality.</summary>
    public bool IsAboveChance => AucCi95.IsKnown && AucCi95.Lower > 0.5;

    /// <summary>True when the interval lies entirely below 0.5: the labels predict normality.</summary>
    public bool IsBelowChance => AucCi95.IsKnown && AucCi95.Upper < 0.5;
}
