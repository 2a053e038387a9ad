using RadAudit.Imaging;

namespace RadAudit.Synthetic.Drawing;

/// <summary>
/// Draws thick round-capped strokes (capsules around line segments) with one-pixel anti-aliasing, blending each
/// pixel towards a brightness by the stroke's coverage, and reports the tight box of what it drew.
/// </summary>
public static class StrokeRasterizer
{
    /// <summary>Coverage above which a pixel counts as drawn (for the reported box).</summary>
    /// <remarks>5 % coverage changes a pixel by at most 0.05 of the ink-to-background contrast: below one grey
    /// level on a faint plate, so excluded pixels are invisible.</remarks>
    public const float DrawnCoverage = 0.05f;

    /// <summary>
    /// Blends every pixel within <paramref name="halfWidth"/> of any segment towards <paramref name="level"/>
    /// (never darkening); returns the drawn pixels' box, or null if nothing fell inside the image.
    /// <paramref name="visibility"/> (x, y → [0, 1]) scales the coverage where only part of the stroke is exposed
    /// (a marker cut by the collimation field); null exposes everything.
    /// </summary>
    public static PixelBounds? Draw(GrayImage image, IReadOnlyList<(PointF2 From, PointF2 To)> segments, float halfWidth, float level,
        Func<int, int, float>? visibility = null)
    {
        if (segments.Count == 0) return null;
        float minX = float.MaxValue, minY = float.MaxValue, maxX = float.MinValue, maxY = float.MinValue;
        foreach (var (from, to) in segments)
        {
            minX = MathF.Min(minX, MathF.Min(from.X, to.X)); maxX = MathF.Max(maxX, MathF.Max(from.X, to.X));
            minY = MathF.Min(minY, MathF.Min(from.Y, to.Y)); maxY = MathF.Max(maxY, MathF.Max(from.Y, to.Y));
        }
        PixelBounds area = PixelBounds.Around(minX, minY, maxX, maxY, halfWidth + 1.5f, image.Width, image.Height);
        if (area.IsEmpty) return null;
        float[] coverage = Coverage(area, segments, halfWidth);
        int areaWidth = area.Right - area.Left;
        int left = int.MaxValue, top = int.MaxValue, right = int.MinValue, bottom = int.MinValue;
        float[] pixels = image.Pixels;
        for (int y = area.Top; y < area.Bottom; y++)
        {
            for (int x = area.Left; x < area.Right; x++)
            {
                float covered = coverage[(y - area.Top) * areaWidth + x - area.Left];
                if (visibility is not null) covered *= visibility(x, y);
                if (covered <= 0) continue;
                ref float pixel = ref pixels[y * image.Width + x];
                if (level > pixel) pixel += (level - pixel) * covered;
                if (covered < DrawnCoverage) continue;
                left = Math.Min(left, x); right = Math.Max(right, x + 1);
                top = Math.Min(top, y); bottom = Math.Max(bottom, y + 1);
            }
        }
        return left == int.MaxValue ? null : new PixelBounds(left, top, right, bottom);
    }

    /// <summary>Per-pixel stroke coverage over <paramref name="area"/> (1-px ramp), each segment visiting only its own box.</summary>
    internal static float[] Coverage(PixelBounds area, IReadOnlyList<(PointF2 From, PointF2 To)> segments, float halfWidth)
    {
        int areaWidth = area.Right - area.Left;
        var coverage = new float[areaWidth * (area.Bottom - area.Top)];
        foreach (var (from, to) in segments)
        {
            int x0 = Math.Max(area.Left, (int)MathF.Floor(MathF.Min(from.X, to.X) - halfWidth - 1));
            int x1 = Math.Min(area.Right, (int)MathF.Ceiling(MathF.Max(from.X, to.X) + halfWidth + 1));
            int y0 = Math.Max(area.Top, (int)MathF.Floor(MathF.Min(from.Y, to.Y) - halfWidth - 1));
            int y1 = Math.Min(area.Bottom, (int)MathF.Ceiling(MathF.Max(from.Y, to.Y) + halfWidth + 1));
            for (int y = y0; y < y1; y++)
                for (int x = x0; x < x1; x++)
                {
                    float distance = MathF.Sqrt(DistanceToSegmentSquared(new PointF2(x + 0.5f, y + 0.5f), from, to));
                    float value = Math.Clamp(halfWidth + 0.5f - distance, 0f, 1f);
                    ref float cell = ref coverage[(y - area.Top) * areaWidth + x - area.Left];
                    cell = MathF.Max(cell, value);
                }
        }
        return coverage;
    }

    /// <summary>Squared distance from <paramref name="point"/> to the segment <paramref name="from"/>–<paramref name="to"/>.</summary>
    public static float DistanceToSegmentSquared(PointF2 point, PointF2 from, PointF2 to)
    {
        PointF2 along = to - from;
        float lengthSquared = along.Dot(along);
        float t = lengthSquared > 0 ? Math.Clamp((point - from).Dot(along) / lengthSquared, 0f, 1f) : 0f;
        PointF2 nearest = from + along * t;
        PointF2 offset = point - nearest;
        return offset.Dot(offset);
    }
}
