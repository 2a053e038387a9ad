namespace RadAudit.Review.Session;

/// <summary>The order a person reviews the images in, and where a (re)started review begins.</summary>
/// <param name="Order">Image indices, most doubtful first (fixed for the session so thumbnails never jump).</param>
/// <param name="Doubts">Each image's doubt in [0, 1], by image index (see <c>ReviewOrder.Doubt</c>).</param>
/// <param name="ResumePosition">The position in <see cref="Order"/> to show first.</param>
public sealed record ReviewPlan(IReadOnlyList<int> Order, IReadOnlyList<double> Doubts, int ResumePosition);
