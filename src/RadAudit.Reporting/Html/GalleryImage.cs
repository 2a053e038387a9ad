namespace RadAudit.Reporting.Html;

/// <summary>One valid image shown side by side for every condition in the report's gallery.</summary>
/// <param name="Path">The image's path as the data set names it.</param>
/// <param name="Label">1 abnormal, 0 normal, null unknown.</param>
/// <param name="BodyPart">Body part, e.g. XR_WRIST (empty when unknown).</param>
/// <param name="Panels">One panel per condition, in report order.</param>
public sealed record GalleryImage(string Path, int? Label, string BodyPart, IReadOnlyList<GalleryPanel> Panels);
