using RadAudit.Data.Reviews;

namespace RadAudit.Review.Session;

/// <summary>One edit the page asks for: the image's new status, and for <see cref="ReviewStatus.Edited"/> its boxes.</summary>
/// <param name="Status">The status after the edit.</param>
/// <param name="Action">What the person did (draw, move, resize, delete, kind, accept, no-label, undo), for the journal.</param>
/// <param name="Boxes">The image's boxes after an edit, in original-image pixels; the server clips them to the image.
/// Ignored for <see cref="ReviewStatus.ReviewedAsIs"/> (the current boxes are kept), <see cref="ReviewStatus.NoLabel"/>
/// (none) and <see cref="ReviewStatus.Unreviewed"/> (the input boxes).</param>
public sealed record ReviewEdit(ReviewStatus Status, string Action, IReadOnlyList<EditedBox> Boxes);
