using RadAudit.Imaging;
using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Realism;

/// <summary>
/// Chooses where a realistic marker goes: from a corner of the image towards its centre until the marker's
/// footprint lies wholly inside the exposed field (so on a rotated field it hugs the field's corner, as a lead
/// marker placed on the cassette does). A cut marker instead walks in from outside the image along one axis and
/// stops once the wanted fraction of it is exposed: cut by the image border, or by the field's edge if that comes
/// first. Most markers are moved on until they lie mainly on dark background (the margin), as measured on real
/// images; the rest may cover soft tissue or bone.
/// </summary>
internal static class MarkerPlacement
{
    private const int Samples = 7;

    /// <summary>The footprint's centre in pixels.</summary>
    /// <param name="image">The exposed image (for the background under the marker).</param>
    /// <param name="field">The exposed field.</param>
    /// <param name="halfSize">Half the footprint's width and height (pixels, before rotation).</param>
    /// <param name="rotation">Rotation of the footprint (radians).</param>
    /// <param name="corner">0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right.</param>
    /// <param name="cut">Whether the marker should be cut.</param>
    /// <param name="random">The marker's random stream.</param>
    public static PointF2 Find(GrayImage image, CollimationField field, PointF2 halfSize, float rotation, int corner, bool cut,
        DeterministicRandom random)
    {
        int width = image.Width, height = image.Height;
        float c = MathF.Abs(MathF.Cos(rotation)), s = MathF.Abs(MathF.Sin(rotation));
        float boxX = halfSize.X * c + halfSize.Y * s, boxY = halfSize.X * s + halfSize.Y * c;
        float longSide = Math.Max(width, height);
        float signX = corner % 2 == 0 ? 1 : -1, signY = corner < 2 ? 1 : -1;
        var origin = new PointF2(corner % 2 == 0 ? 0 : width, corner < 2 ? 0 : height);
        var margin = new PointF2((float)random.Range(0.01, 0.05) * longSide, (float)random.Range(0.01, 0.05) * longSide);
        PointF2 start = origin + new PointF2(signX * (margin.X + boxX), signY * (margin.Y + boxY));
        var centre = new PointF2(width / 2f, height / 2f);
        PointF2 direction = Normalised(centre - start);
        double wanted = cut ? random.Range(0.45, 0.85) : 0.995;
        double darkWanted = random.Chance(0.75) ? 0.6 : 0.2;
        bool alongX = random.Chance(0.5);
        if (cut)
        {
            // Start wholly outside the image on one side and walk straight in.
            start = alongX ? new PointF2(origin.X - signX * boxX, start.Y) : new PointF2(start.X, origin.Y - signY * boxY);
            direction = alongX ? new PointF2(signX, 0) : new PointF2(0, signY);
        }
        float step = MathF.Max(1f, MathF.Min(boxX, boxY) / 4f);
        (PointF2 Point, double Fraction) best = (start, -1);
        PointF2? firstVisible = null;
        for (int k = 0; k < 600; k++)
        {
            PointF2 point = start + direction * (step * k);
            if (point.X < -boxX || point.Y < -boxY || point.X > width + boxX || point.Y > height + boxY) break;
            double fraction = VisibleFraction(point, halfSize, rotation, width, height, field);
            if (fraction >= wanted)
            {
                if (cut || DarkFraction(image, point, halfSize, rotation) >= darkWanted) return point;
                firstVisible ??= point;
            }
            if (fraction > best.Fraction) best = (point, fraction);
            if ((point - start).Length > (centre - start).Length) break;
        }
        return firstVisible ?? best.Point;
    }

    /// <summary>Fraction of the footprint's grid on pixels darker than 0.2 (background rather than anatomy).</summary>
    private static double DarkFraction(GrayImage image, PointF2 centre, PointF2 halfSize, float rotation) =>
        Grid(centre, halfSize, rotation).Count(point => point.X >= 0 && point.Y >= 0 && point.X < image.Width && point.Y < image.Height
            && image[(int)point.X, (int)point.Y] < 0.2f) / (double)(Samples * Samples);

    /// <summary>Fraction of a 7 × 7 grid over the rotated footprint that falls inside the image and the field.</summary>
    public static double VisibleFraction(PointF2 centre, PointF2 halfSize, float rotation, int width, int height, CollimationField field) =>
        Grid(centre, halfSize, rotation).Count(point => point.X >= 0 && point.Y >= 0 && point.X < width && point.Y < height
            && field.InsideDistance(point.X, point.Y) > 0) / (double)(Samples * Samples);

    private static IEnumerable<PointF2> Grid(PointF2 centre, PointF2 halfSize, float rotation)
    {
        for (int i = 0; i < Samples; i++)
            for (int j = 0; j < Samples; j++)
                yield return centre + new PointF2(halfSize.X * (2f * i / (Samples - 1) - 1), halfSize.Y * (2f * j / (Samples - 1) - 1)).Rotate(rotation);
    }

    private static PointF2 Normalised(PointF2 vector)
    {
        float length = vector.Length;
        return length > 0 ? vector * (1f / length) : new PointF2(1, 0);
    }
}
