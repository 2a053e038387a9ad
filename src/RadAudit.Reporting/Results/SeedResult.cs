namespace RadAudit.Reporting.Results;

/// <summary>One training seed's results for one condition (<c>conditions.&lt;name&gt;.seeds[]</c>).</summary>
/// <param name="Seed">The seed the model was trained with.</param>
/// <param name="Auc">Image-level area under the ROC curve on the valid split.</param>
/// <param name="AucCi95">DeLong 95% CI of <paramref name="Auc"/>.</param>
/// <param name="StudyAuc">Study-level AUC (study score = mean of its images' scores); NaN when unknown.</param>
/// <param name="Kappa">Cohen's kappa of study-level calls at 0.5 against the study labels; NaN when unknown.</param>
public sealed record SeedResult(int Seed, double Auc, ConfidenceInterval AucCi95, double StudyAuc, double Kappa);
