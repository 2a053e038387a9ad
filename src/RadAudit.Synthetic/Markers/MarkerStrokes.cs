using RadAudit.Imaging;
using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Markers;

/// <summary>
/// The pieces a lead marker is drawn from, shared by the default marker and the realistic one: words as centre-line
/// segments of the embedded stroke font, rings, and the rounded plastic plate (holder).
/// </summary>
internal static class MarkerStrokes
{
    /// <summary>
    /// Centre-line segments of <paramref name="text"/> with its top-left at <paramref name="origin"/>, letters
    /// <paramref name="scale"/> high; <paramref name="tighten"/> (height units) pulls letters closer, so that thick
    /// strokes merge into one blob as on some real initials.
    /// </summary>
    public static List<(PointF2 From, PointF2 To)> Word(string text, PointF2 origin, float scale, float tighten = 0f)
    {
        var segments = new List<(PointF2, PointF2)>();
        float x = 0;
        foreach (char letter in text)
        {
            foreach (PointF2[] polyline in StrokeFont.Strokes(letter))
                for (int i = 0; i + 1 < polyline.Length; i++)
                    segments.Add((origin + new PointF2(x + polyline[i].X, polyline[i].Y) * scale, origin + new PointF2(x + polyline[i + 1].X, polyline[i + 1].Y) * scale));
            x += StrokeFont.Advance(letter) - tighten;
        }
        return segments;
    }

    /// <summary>A circle of <paramref name="radius"/> around <paramref name="centre"/> as 28 chords.</summary>
    public static IEnumerable<(PointF2 From, PointF2 To)> Ring(PointF2 centre, float radius)
    {
        const int Steps = 28;
        for (int k = 0; k < Steps; k++)
        {
            float a0 = 2 * MathF.PI * k / Steps, a1 = 2 * MathF.PI * (k + 1) / Steps;
            yield return (centre + new PointF2(MathF.Cos(a0), MathF.Sin(a0)) * radius, centre + new PointF2(MathF.Cos(a1), MathF.Sin(a1)) * radius);
        }
    }

    /// <summary>
    /// Brightens a rotated rounded rectangle by <paramref name="brightness"/> (1-px anti-aliased edge): the faint
    /// plastic plate a lead marker is mounted in.
    /// </summary>
    public static void DrawPlate(GrayImage image, PointF2 centre, float rotation, float halfWidth, float halfHeight, float cornerRadius, float brightness)
    {
        if (brightness <= 0) return;
        float reach = MathF.Sqrt(halfWidth * halfWidth + halfHeight * halfHeight) + 1;
        PixelBounds area = PixelBounds.Around(centre.X - reach, centre.Y - reach, centre.X + reach, centre.Y + reach, 1, image.Width, image.Height);
        float cos = MathF.Cos(rotation), sin = MathF.Sin(rotation);
        for (int y = area.Top; y < area.Bottom; y++)
            for (int x = area.Left; x < area.Right; x++)
            {
                float dx = x + 0.5f - centre.X, dy = y + 0.5f - centre.Y;
                var local = new PointF2(dx * cos + dy * sin, -dx * sin + dy * cos);
                float qx = MathF.Abs(local.X) - halfWidth + cornerRadius, qy = MathF.Abs(local.Y) - halfHeight + cornerRadius;
                float outside = new PointF2(MathF.Max(qx, 0), MathF.Max(qy, 0)).Length + MathF.Min(MathF.Max(qx, qy), 0) - cornerRadius;
                float coverage = Math.Clamp(0.5f - outside, 0f, 1f);
                if (coverage > 0) image.Pixels[y * image.Width + x] += brightness * coverage;
            }
    }
}
