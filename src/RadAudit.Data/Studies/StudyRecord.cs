using RadAudit.Core;

namespace RadAudit.Data.Studies;

/// <summary>
/// A study: the images taken together in one examination. MURA labels studies, not images, and scores a study
/// as the mean of its images' probabilities.
/// </summary>
/// <param name="Study">Study identifier.</param>
/// <param name="Patient">Patient identifier.</param>
/// <param name="BodyPart">Body part (MURA study type).</param>
/// <param name="Split">Split name.</param>
/// <param name="Label">1 abnormal, 0 normal, null unknown (or conflicting: validation reports that).</param>
/// <param name="Images">The study's images in data set order.</param>
public sealed record StudyRecord(string Study, string Patient, string BodyPart, string Split, int? Label, IReadOnlyList<ImageRecord> Images);
