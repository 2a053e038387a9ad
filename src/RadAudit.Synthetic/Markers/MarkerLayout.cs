using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Markers;

/// <summary>A marker laid out in pixels before it is drawn: the plastic plate, its text elements and the ink level.</summary>
public sealed record MarkerLayout(MarkerPlate Plate, IReadOnlyList<MarkerText> Texts, float Level);

/// <summary>The rounded plastic plate the lead letters sit on (rotated rectangle, added brightness).</summary>
public sealed record MarkerPlate(PointF2 Centre, float Rotation, float HalfWidth, float HalfHeight, float CornerRadius, float Brightness)
{
    /// <summary>Half the width and height of the plate's axis-aligned bounding box.</summary>
    public (float X, float Y) HalfExtent
    {
        get
        {
            float c = MathF.Abs(MathF.Cos(Rotation)), s = MathF.Abs(MathF.Sin(Rotation));
            return (HalfWidth * c + HalfHeight * s, HalfWidth * s + HalfHeight * c);
        }
    }
}

/// <summary>One text element (laterality or initials) as pixel stroke segments of one half width.</summary>
public sealed record MarkerText(string Kind, IReadOnlyList<(PointF2 From, PointF2 To)> Strokes, float HalfWidth);
