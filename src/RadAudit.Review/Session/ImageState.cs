using RadAudit.Core;
using RadAudit.Data.Reviews;

namespace RadAudit.Review.Session;

/// <summary>An image's review status and current boxes at one moment.</summary>
/// <param name="Status">What a person decided, or unreviewed.</param>
/// <param name="Boxes">Its boxes now (input boxes with scores while unreviewed; without scores once reviewed).</param>
public sealed record ImageState(ReviewStatus Status, IReadOnlyList<LabelBox> Boxes);
