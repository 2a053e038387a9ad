using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Anatomy;

/// <summary>
/// A tapered round-ended cylinder seen side-on: the axis from <see cref="From"/> to <see cref="To"/> with radii
/// that change linearly along it (pixel coordinates). Mutable so that joint narrowing can move bone ends.
/// </summary>
public sealed class Capsule(PointF2 from, PointF2 to, float radiusFrom, float radiusTo)
{
    /// <summary>Axis start.</summary>
    public PointF2 From { get; set; } = from;

    /// <summary>Axis end.</summary>
    public PointF2 To { get; set; } = to;

    /// <summary>Radius at <see cref="From"/>.</summary>
    public float RadiusFrom { get; } = radiusFrom;

    /// <summary>Radius at <see cref="To"/>.</summary>
    public float RadiusTo { get; } = radiusTo;
}
