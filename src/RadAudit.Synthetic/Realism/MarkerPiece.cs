using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Realism;

/// <summary>One text element of a realistic marker in its local frame (letter height 1, y down).</summary>
/// <param name="Kind">RadAudit.Core.LabelKinds value: laterality, initials or text.</param>
/// <param name="Segments">Centre lines of its strokes.</param>
/// <param name="HalfWidth">Half the stroke width, letter heights.</param>
/// <param name="LevelOffset">Added to the marker's brightness for this element (lead of another batch).</param>
internal sealed record MarkerPiece(string Kind, List<(PointF2 From, PointF2 To)> Segments, float HalfWidth, float LevelOffset);
