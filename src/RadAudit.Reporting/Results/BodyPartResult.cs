namespace RadAudit.Reporting.Results;

/// <summary>One body part's results for one condition (<c>conditions.&lt;name&gt;.per_body_part.&lt;part&gt;</c>).</summary>
/// <param name="Auc">Image-level AUC on this body part's valid images; NaN when only one class is present.</param>
/// <param name="AucCi95">DeLong 95% CI of <paramref name="Auc"/>.</param>
/// <param name="StudyAuc">Study-level AUC on this body part; NaN when unknown.</param>
/// <param name="NImages">Valid images of this body part.</param>
/// <param name="NStudies">Valid studies of this body part.</param>
public sealed record BodyPartResult(double Auc, ConfidenceInterval AucCi95, double StudyAuc, int NImages, int NStudies);
