namespace RadAudit.Data.Reviews;

/// <summary>
/// What a person decided about one image in <c>radaudit review</c>. The box formats have no field for it, so it
/// lives in the review journal (see <see cref="ReviewJournal"/>).
/// </summary>
public enum ReviewStatus
{
    /// <summary>Nobody has looked at it: its boxes are the input boxes, scores included.</summary>
    Unreviewed,

    /// <summary>A person accepted its boxes unchanged.</summary>
    ReviewedAsIs,

    /// <summary>A person decided it has no burned-in label: it has no boxes.</summary>
    NoLabel,

    /// <summary>A person drew, moved, resized, deleted or re-kinded its boxes.</summary>
    Edited,
}
