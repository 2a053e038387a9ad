using RadAudit.Imaging;
using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Realism;

/// <summary>
/// The exposed field of a radiograph as a convex quadrilateral (axis-aligned, rotated or oblique), or the whole
/// image. Outside it the image is dark grey, and its edges may show as long bright lines: the straight edges and
/// corners that chain false boxes on real images (shared/reference/real-markers.md).
/// </summary>
public sealed class CollimationField
{
    private readonly PointF2[] _corners;

    private CollimationField(PointF2[] corners, float outsideLevel, float edgeBrightness, float edgeWidth)
    {
        _corners = corners;
        OutsideLevel = outsideLevel;
        EdgeBrightness = edgeBrightness;
        EdgeWidth = edgeWidth;
    }

    /// <summary>The corners in order around the field (clockwise on screen); empty for the whole image.</summary>
    public IReadOnlyList<PointF2> Corners => _corners;

    /// <summary>Brightness outside the field (0.04–0.3: dark grey, not black).</summary>
    public float OutsideLevel { get; }

    /// <summary>Peak brightness of the bright line along the edges (0 = none).</summary>
    public float EdgeBrightness { get; }

    /// <summary>Half-width of that line in pixels.</summary>
    public float EdgeWidth { get; }

    /// <summary>True when the field is the whole image (nothing to draw).</summary>
    public bool IsWholeImage => _corners.Length == 0;

    /// <summary>The whole image exposed.</summary>
    public static CollimationField WholeImage { get; } = new([], 0, 0, 0);

    /// <summary>Draws a field for a <paramref name="width"/> × <paramref name="height"/> image with the realism's chances.</summary>
    public static CollimationField Draw(int width, int height, MarkerRealism realism, DeterministicRandom random)
    {
        double pick = random.NextDouble();
        float outside = (float)random.Range(0.04, 0.3);
        float edge = random.Chance(realism.BrightEdgeChance) ? (float)random.Range(0.45, 1.0) : 0f;
        float edgeWidth = (float)random.Range(0.8, 2.5) * Math.Max(width, height) / 512f;
        var centre = new PointF2(width * (float)random.Range(0.45, 0.55), height * (float)random.Range(0.45, 0.55));
        float halfWidth = width * (float)random.Range(0.36, 0.52), halfHeight = height * (float)random.Range(0.36, 0.52);
        PointF2[] box = [new(-halfWidth, -halfHeight), new(halfWidth, -halfHeight), new(halfWidth, halfHeight), new(-halfWidth, halfHeight)];
        if (pick < realism.RotatedFieldChance)
        {
            float angle = (float)(random.Range(3, 25) * (random.Chance(0.5) ? 1 : -1) * Math.PI / 180);
            return new(box.Select(corner => centre + corner.Rotate(angle)).ToArray(), outside, edge, edgeWidth);
        }
        if (pick < realism.RotatedFieldChance + realism.ObliqueFieldChance)
        {
            // Each corner moves by up to 9 % of the field's size: still convex, edges no longer parallel.
            float jitterX = 0.18f * halfWidth, jitterY = 0.18f * halfHeight;
            return new(box.Select(corner => centre + corner + new PointF2(jitterX * (float)random.Range(-1, 1), jitterY * (float)random.Range(-1, 1))).ToArray(),
                outside, edge, edgeWidth);
        }
        if (pick < realism.RotatedFieldChance + realism.ObliqueFieldChance + realism.InsetFieldChance)
            return new(box.Select(corner => centre + corner).ToArray(), outside, edge, edgeWidth);
        return WholeImage;
    }

    /// <summary>
    /// Signed distance in pixels from the pixel centre (<paramref name="x"/> + ½, <paramref name="y"/> + ½) to the
    /// field's boundary, positive inside (the nearest edge line; exact for a convex field away from its corners).
    /// </summary>
    public float InsideDistance(float x, float y)
    {
        if (IsWholeImage) return float.PositiveInfinity;
        float nearest = float.PositiveInfinity;
        for (int k = 0; k < _corners.Length; k++)
        {
            PointF2 from = _corners[k], to = _corners[(k + 1) % _corners.Length];
            PointF2 along = to - from;
            // Clockwise on screen (y down): the inside lies to the right of each edge, i.e. along × (point − from) > 0.
            float cross = along.X * (y - from.Y) - along.Y * (x - from.X);
            nearest = MathF.Min(nearest, cross / along.Length);
        }
        return nearest;
    }

    /// <summary>How much of a pixel is exposed: 1 inside, 0 outside, a one-pixel ramp across the edge.</summary>
    public float Visibility(int x, int y) => IsWholeImage ? 1f : Math.Clamp(InsideDistance(x + 0.5f, y + 0.5f) + 0.5f, 0f, 1f);

    /// <summary>Darkens the image outside the field to <see cref="OutsideLevel"/> and draws the bright edge line.</summary>
    public void Apply(GrayImage image)
    {
        if (IsWholeImage) return;
        float[] pixels = image.Pixels;
        for (int y = 0; y < image.Height; y++)
            for (int x = 0; x < image.Width; x++)
            {
                float distance = InsideDistance(x + 0.5f, y + 0.5f);
                float inField = Math.Clamp(distance + 0.5f, 0f, 1f);
                ref float pixel = ref pixels[y * image.Width + x];
                pixel = OutsideLevel + (pixel - OutsideLevel) * inField;
                if (EdgeBrightness > 0)
                {
                    float line = Math.Clamp(1f - MathF.Abs(distance) / EdgeWidth, 0f, 1f);
                    pixel = MathF.Max(pixel, EdgeBrightness * line);
                }
            }
    }
}
