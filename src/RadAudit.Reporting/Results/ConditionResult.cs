namespace RadAudit.Reporting.Results;

/// <summary>One condition's evaluation on the valid split (<c>conditions.&lt;name&gt;</c> in results.json).</summary>
/// <remarks>
/// With one seed the numbers are that model's. With K &gt; 1 seeds (see <see cref="SeedAggregation"/>) the point
/// estimates (AUC, study AUC, kappa, sensitivity, specificity) are means over the seeds, <see cref="AucSd"/> is the
/// sample standard deviation of <c>seeds[].auc</c>, and the intervals and per-body-part results are the first
/// seed's (an interval describes one model; the spread across training runs is a different uncertainty and is
/// reported separately). Sensitivity and specificity are study-level calls at probability 0.5, as MURA scores them.
/// </remarks>
/// <param name="Auc">Image-level AUC (mean over seeds when K &gt; 1).</param>
/// <param name="AucCi95">DeLong 95% CI of the image-level AUC.</param>
/// <param name="StudyAuc">Study-level AUC (study score = mean of its images' scores).</param>
/// <param name="StudyAucCi95">DeLong 95% CI of the study-level AUC.</param>
/// <param name="Kappa">Cohen's kappa of study-level calls against study labels.</param>
/// <param name="Sensitivity">Abnormal studies called abnormal / abnormal studies.</param>
/// <param name="Specificity">Normal studies called normal / normal studies.</param>
/// <param name="NImages">Valid images evaluated.</param>
/// <param name="NStudies">Valid studies evaluated.</param>
/// <param name="Seeds">Per-seed results, in seed order (one element with one seed).</param>
/// <param name="AucSd">Sample standard deviation of <c>seeds[].auc</c>; NaN with one seed.</param>
/// <param name="PerBodyPart">Results per body part, keyed by body part (e.g. XR_WRIST).</param>
public sealed record ConditionResult(
    double Auc,
    ConfidenceInterval AucCi95,
    double StudyAuc,
    ConfidenceInterval StudyAucCi95,
    double Kappa,
    double Sensitivity,
    double Specificity,
    int NImages,
    int NStudies,
    IReadOnlyList<SeedResult> Seeds,
    double AucSd,
    IReadOnlyDictionary<string, BodyPartResult> PerBodyPart);
