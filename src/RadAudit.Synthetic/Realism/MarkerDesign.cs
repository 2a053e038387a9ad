using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Realism;

/// <summary>A laid-out realistic marker: its pieces and local bounds, before size, rotation and place are chosen.</summary>
/// <param name="Pieces">Text elements (one box each in markers.csv).</param>
/// <param name="Minimum">Top-left of the strokes' extent, local units.</param>
/// <param name="Maximum">Bottom-right of the strokes' extent, local units.</param>
internal sealed record MarkerDesign(IReadOnlyList<MarkerPiece> Pieces, PointF2 Minimum, PointF2 Maximum)
{
    /// <summary>Centre of the extent.</summary>
    public PointF2 Centre => PointF2.Lerp(Minimum, Maximum, 0.5f);

    /// <summary>Width and height of the extent.</summary>
    public PointF2 Size => Maximum - Minimum;

    /// <summary>Lays out the extent of <paramref name="pieces"/> (strokes plus their half-widths).</summary>
    public static MarkerDesign Of(IReadOnlyList<MarkerPiece> pieces)
    {
        float minX = float.MaxValue, minY = float.MaxValue, maxX = float.MinValue, maxY = float.MinValue;
        foreach (MarkerPiece piece in pieces)
            foreach (var (from, to) in piece.Segments)
            {
                minX = MathF.Min(minX, MathF.Min(from.X, to.X) - piece.HalfWidth); maxX = MathF.Max(maxX, MathF.Max(from.X, to.X) + piece.HalfWidth);
                minY = MathF.Min(minY, MathF.Min(from.Y, to.Y) - piece.HalfWidth); maxY = MathF.Max(maxY, MathF.Max(from.Y, to.Y) + piece.HalfWidth);
            }
        return new MarkerDesign(pieces, new PointF2(minX, minY), new PointF2(maxX, maxY));
    }
}
