namespace RadAudit.Core;

/// <summary>
/// One row of a predictions CSV (header <c>path,label,score,study,patient,body_part</c>), written by
/// `radaudit predict` and read by `evaluate`, `compare` and the audit.
/// </summary>
/// <param name="Path">Image path as the data set names it; rows of two files are matched by it.</param>
/// <param name="Label">1 abnormal, 0 normal, null unknown.</param>
/// <param name="Score">Probability of abnormal in [0, 1].</param>
/// <param name="Study">Study id (empty when unknown).</param>
/// <param name="Patient">Patient id (empty when unknown).</param>
/// <param name="BodyPart">Body part (empty when unknown).</param>
public sealed record PredictionRecord(string Path, int? Label, double Score, string Study = "", string Patient = "", string BodyPart = "");
