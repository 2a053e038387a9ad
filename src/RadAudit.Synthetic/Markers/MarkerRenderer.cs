using RadAudit.Core;
using RadAudit.Imaging;
using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Markers;

/// <summary>
/// Burns a lead marker into an image: a faint rounded plastic plate, a large saturated L or R (inside a small
/// ring for some technologists), the technologist's initials below or beside it; rotated, placed near the
/// technologist's corner, sometimes cut by the image edge.
/// </summary>
public static class MarkerRenderer
{
    private const float Padding = 0.35f;
    private const double CutByEdgeChance = 0.1;

    /// <summary>
    /// Lays out the marker of a <paramref name="width"/> × <paramref name="height"/> image from its own random stream,
    /// before the image is exposed, so that the renderer can keep anatomy out from under it (<see cref="MarkerClearance"/>).
    /// </summary>
    public static MarkerLayout Lay(int width, int height, TechnologistStyle style, char laterality, DeterministicRandom random)
    {
        int longSide = Math.Max(width, height);
        float letterHeight = MathF.Max(5f, style.LetterHeight * longSide * (float)random.Range(0.94, 1.06));
        float halfWidth = StrokeFont.StrokeWidth / 2 * style.StrokeScale;
        var (lateralityStrokes, initialsStrokes) = Layout(style, laterality);
        var all = lateralityStrokes.Concat(initialsStrokes).ToList();
        float minX = all.Min(s => MathF.Min(s.From.X, s.To.X)) - halfWidth - Padding, maxX = all.Max(s => MathF.Max(s.From.X, s.To.X)) + halfWidth + Padding;
        float minY = all.Min(s => MathF.Min(s.From.Y, s.To.Y)) - halfWidth - Padding, maxY = all.Max(s => MathF.Max(s.From.Y, s.To.Y)) + halfWidth + Padding;
        var plateCentre = new PointF2((minX + maxX) / 2, (minY + maxY) / 2);
        float rotation = (style.RotationDegrees + (float)random.Gaussian() * 3f) * MathF.PI / 180f;
        PointF2 anchor = Place(width, height, style, random, (maxX - minX) * letterHeight, (maxY - minY) * letterHeight, rotation);
        PointF2 ToPixels(PointF2 local) => anchor + ((local - plateCentre) * letterHeight).Rotate(rotation);
        float level = (float)random.Range(0.96, 1.0);
        float plate = style.PlateBrightness * (float)random.Range(0.85, 1.15);
        // Initials are cut from thinner lead, but proportionally bolder so that 2–3 small letters stay legible.
        float initialsHalfWidth = halfWidth * style.InitialsScale * 1.2f;
        var texts = new[] { (LabelKinds.Laterality, lateralityStrokes, halfWidth), (LabelKinds.Initials, initialsStrokes, initialsHalfWidth) }
            .Select(text => new MarkerText(text.Item1, [.. text.Item2.Select(s => (ToPixels(s.From), ToPixels(s.To)))], MathF.Max(0.6f, text.Item3 * letterHeight)))
            .ToList();
        var platePiece = new MarkerPlate(anchor, rotation, (maxX - minX) / 2 * letterHeight, (maxY - minY) / 2 * letterHeight, 0.3f * letterHeight, plate);
        return new MarkerLayout(platePiece, texts, level);
    }

    /// <summary>Burns <paramref name="layout"/> into the exposed image; returns each text element with its tight box.</summary>
    public static IReadOnlyList<MarkerElement> Draw(GrayImage image, MarkerLayout layout)
    {
        MarkerPlate plate = layout.Plate;
        DrawPlate(image, plate.Centre, plate.Rotation, plate.HalfWidth, plate.HalfHeight, plate.CornerRadius, plate.Brightness);
        var elements = new List<MarkerElement>(2);
        foreach (MarkerText text in layout.Texts)
            if (StrokeRasterizer.Draw(image, text.Strokes, text.HalfWidth, layout.Level) is { } bounds)
                elements.Add(new MarkerElement(text.Kind, bounds));
        return elements;
    }

    private static (List<(PointF2 From, PointF2 To)> Laterality, List<(PointF2 From, PointF2 To)> Initials) Layout(TechnologistStyle style, char laterality)
    {
        float letterWidth = StrokeFont.Width(laterality);
        var lateralityStrokes = Word(laterality.ToString(), new PointF2(0, 0), 1f);
        if (style.HasRing)
            lateralityStrokes.AddRange(Ring(new PointF2(letterWidth / 2, 0.5f), 0.95f));
        float scale = style.InitialsScale;
        float wordWidth = StrokeFont.WordWidth(style.Initials) * scale;
        PointF2 origin = style.InitialsBelow
            ? new PointF2(letterWidth / 2 - wordWidth / 2, style.HasRing ? 1.9f : 1.45f)
            : new PointF2(style.HasRing ? letterWidth / 2 + 1.25f : letterWidth + 0.5f, 1f - scale);
        return (lateralityStrokes, Word(style.Initials, origin, scale));
    }

    private static List<(PointF2 From, PointF2 To)> Word(string text, PointF2 origin, float scale)
    {
        var segments = new List<(PointF2, PointF2)>();
        float x = 0;
        foreach (char letter in text)
        {
            foreach (PointF2[] polyline in StrokeFont.Strokes(letter))
                for (int i = 0; i + 1 < polyline.Length; i++)
                    segments.Add((origin + new PointF2(x + polyline[i].X, polyline[i].Y) * scale, origin + new PointF2(x + polyline[i + 1].X, polyline[i + 1].Y) * scale));
            x += StrokeFont.Advance(letter);
        }
        return segments;
    }

    private static IEnumerable<(PointF2 From, PointF2 To)> Ring(PointF2 centre, float radius)
    {
        const int Steps = 28;
        for (int k = 0; k < Steps; k++)
        {
            float a0 = 2 * MathF.PI * k / Steps, a1 = 2 * MathF.PI * (k + 1) / Steps;
            yield return (centre + new PointF2(MathF.Cos(a0), MathF.Sin(a0)) * radius, centre + new PointF2(MathF.Cos(a1), MathF.Sin(a1)) * radius);
        }
    }

    /// <summary>Chooses the plate centre: near the technologist's corner (sometimes another), sometimes cut by the edge.</summary>
    private static PointF2 Place(int width, int height, TechnologistStyle style, DeterministicRandom random, float plateWidth, float plateHeight, float rotation)
    {
        float c = MathF.Abs(MathF.Cos(rotation)), s = MathF.Abs(MathF.Sin(rotation));
        float boxWidth = plateWidth * c + plateHeight * s, boxHeight = plateWidth * s + plateHeight * c;
        int corner = random.Chance(0.85) ? style.Corner : random.Index(4);
        int longSide = Math.Max(width, height);
        float marginX = (float)random.Range(0.01, 0.06) * longSide, marginY = (float)random.Range(0.01, 0.06) * longSide;
        if (random.Chance(CutByEdgeChance))
        {
            if (random.Chance(0.5)) marginX = -(float)random.Range(0.15, 0.5) * boxWidth;
            else marginY = -(float)random.Range(0.15, 0.5) * boxHeight;
        }
        float x = corner % 2 == 0 ? marginX + boxWidth / 2 : width - marginX - boxWidth / 2;
        float y = corner < 2 ? marginY + boxHeight / 2 : height - marginY - boxHeight / 2;
        return new PointF2(x, y);
    }

    private static void DrawPlate(GrayImage image, PointF2 centre, float rotation, float halfWidth, float halfHeight, float cornerRadius, float brightness)
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
