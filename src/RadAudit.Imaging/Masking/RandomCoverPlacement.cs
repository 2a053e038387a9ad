namespace RadAudit.Imaging.Masking;

/// <summary>Where <see cref="RandomCover"/> put its boxes.</summary>
/// <param name="Placed">The filled rectangles, one per label that could be placed.</param>
/// <param name="Unplaced">Labels for which no free spot was found (the image is too full); reported, not hidden.</param>
/// <param name="OverAnatomy">Placed boxes that found no free spot on the image's dark surroundings and were put anywhere
/// free instead (so they may hide anatomy); reported, not hidden.</param>
public sealed record RandomCoverPlacement(IReadOnlyList<PixelRectangle> Placed, int Unplaced, int OverAnatomy);
