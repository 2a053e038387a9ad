namespace RadAudit.Core;

/// <summary>One radiograph of a data set, as every reader describes it.</summary>
/// <param name="Path">The image's path exactly as the data set names it (relative to the data root, '/' separators;
/// for MURA the line of <c>*_image_paths.csv</c>, starting <c>MURA-v1.1/</c>).</param>
/// <param name="Label">1 = abnormal, 0 = normal, null = unknown (unlabelled folders).</param>
/// <param name="Study">Study identifier (for MURA the study folder path with a trailing slash).</param>
/// <param name="Patient">Patient identifier; splits never share a patient.</param>
/// <param name="BodyPart">Body part, e.g. <c>XR_WRIST</c> (MURA's study type); empty when unknown.</param>
/// <param name="Split">Split name, <see cref="Splits.Train"/> or <see cref="Splits.Valid"/>, or empty.</param>
/// <param name="ViewIndex">1-based image index within its study (MURA's <c>imageN</c>); 0 when unknown.</param>
public sealed record ImageRecord(
    string Path,
    int? Label,
    string Study,
    string Patient,
    string BodyPart,
    string Split,
    int ViewIndex = 0);
