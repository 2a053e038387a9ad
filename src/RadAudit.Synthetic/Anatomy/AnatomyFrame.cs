using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Anatomy;

/// <summary>
/// Maps a skeleton's local coordinates to image pixels: mirror (left/right side), rotate (view and positioning),
/// scale and translate so that <see cref="LocalCentre"/> lands on <see cref="ImageCentre"/>.
/// </summary>
/// <param name="LocalCentre">Local point shown at the image centre.</param>
/// <param name="ImageCentre">Pixel position of that point.</param>
/// <param name="PixelsPerUnit">Scale.</param>
/// <param name="Rotation">Rotation in radians.</param>
/// <param name="Mirrored">True to flip x (the other side of the body).</param>
public sealed record AnatomyFrame(PointF2 LocalCentre, PointF2 ImageCentre, float PixelsPerUnit, float Rotation, bool Mirrored)
{
    /// <summary>The pixel position of a local point.</summary>
    public PointF2 Map(PointF2 local)
    {
        PointF2 offset = local - LocalCentre;
        if (Mirrored) offset = new PointF2(-offset.X, offset.Y);
        return ImageCentre + offset.Rotate(Rotation) * PixelsPerUnit;
    }

    /// <summary>A local length in pixels.</summary>
    public float Scale(float localLength) => localLength * PixelsPerUnit;
}
