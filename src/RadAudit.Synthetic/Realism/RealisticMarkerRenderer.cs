using RadAudit.Imaging;
using RadAudit.Synthetic.Drawing;
using RadAudit.Synthetic.Markers;

namespace RadAudit.Synthetic.Realism;

/// <summary>
/// Burns a realistic marker into an exposed image (before the field is applied, so that whatever lies outside the
/// field vanishes with it): optional holder or plate, then each text element at a brightness set relative to the
/// anatomy's brightest pixels, which may leave the letters mid-grey and dimmer than bone or metal.
/// </summary>
internal static class RealisticMarkerRenderer
{
    private const float Padding = 0.35f;

    /// <summary>Smallest step from the brightest pixels under a text element to its letters.</summary>
    private const float MinimumContrast = 0.2f;

    /// <summary>
    /// Draws the marker and returns each element's tight box: pixels whose stroke coverage, times the field's
    /// exposure, is at least <see cref="StrokeRasterizer.DrawnCoverage"/> (the same rule as the default marker's).
    /// </summary>
    /// <param name="image"></param>
    /// <param name="style"></param>
    /// <param name="laterality"></param>
    /// <param name="realism"></param>
    /// <param name="field"></param>
    /// <param name="anatomyTop">The image's 99.9th-percentile brightness before the marker.</param>
    /// <param name="random"></param>
    public static IReadOnlyList<MarkerElement> Draw(GrayImage image, TechnologistStyle style, char laterality, MarkerRealism realism,
        CollimationField field, float anatomyTop, DeterministicRandom random)
    {
        MarkerDesign design = RealisticMarkerLayout.Build(style, laterality, realism, random);
        int longSide = Math.Max(image.Width, image.Height);
        float letterHeight = MathF.Max(5f, style.LetterHeight * longSide * (float)random.Range(realism.SizeLow, realism.SizeHigh));
        float degrees = random.Chance(realism.FreeRotationChance) ? (float)random.Range(-180, 180) : style.RotationDegrees + (float)random.Gaussian() * 3f;
        float rotation = degrees * MathF.PI / 180f;
        bool holder = random.Chance(realism.HolderChance);
        float pad = holder ? (float)random.Range(0.3, 0.8) : Padding;
        var halfSize = new PointF2((design.Size.X / 2 + pad) * letterHeight, (design.Size.Y / 2 + pad) * letterHeight);
        int corner = random.Chance(0.85) ? style.Corner : random.Index(4);
        PointF2 anchor = MarkerPlacement.Find(image, field, halfSize, rotation, corner, random.Chance(realism.CutChance), random);
        float level = LetterLevel(realism, anatomyTop, random);
        float plate = holder ? (float)random.Range(0.05, 0.2) : style.PlateBrightness * (float)random.Range(0.85, 1.15);
        MarkerStrokes.DrawPlate(image, anchor, rotation, halfSize.X, halfSize.Y, (holder ? 0.1f : 0.3f) * letterHeight, plate);
        PointF2 ToPixels(PointF2 local) => anchor + ((local - design.Centre) * letterHeight).Rotate(rotation);
        var elements = new List<MarkerElement>(design.Pieces.Count);
        foreach (MarkerPiece piece in design.Pieces)
        {
            var pixels = piece.Segments.Select(segment => (ToPixels(segment.From), ToPixels(segment.To))).ToList();
            // Lead adds to what lies under it, so a letter over bright bone is still brighter than the bone.
            float pieceLevel = Math.Clamp(MathF.Max(level + piece.LevelOffset, Underneath(image, pixels) + MinimumContrast), 0.2f, 1f);
            if (StrokeRasterizer.Draw(image, pixels, MathF.Max(0.6f, piece.HalfWidth * letterHeight), pieceLevel, field.Visibility) is { } bounds)
                elements.Add(new MarkerElement(piece.Kind, bounds));
        }
        return elements;
    }

    /// <summary>The 90th-percentile brightness of the pixels under the segments' box (what the letters must outshine).</summary>
    private static float Underneath(GrayImage image, IReadOnlyList<(PointF2 From, PointF2 To)> segments)
    {
        PixelBounds area = PixelBounds.Around(segments.Min(s => MathF.Min(s.From.X, s.To.X)), segments.Min(s => MathF.Min(s.From.Y, s.To.Y)),
            segments.Max(s => MathF.Max(s.From.X, s.To.X)), segments.Max(s => MathF.Max(s.From.Y, s.To.Y)), 0, image.Width, image.Height);
        if (area.IsEmpty) return 0;
        var values = new List<float>((area.Right - area.Left) * (area.Bottom - area.Top));
        for (int y = area.Top; y < area.Bottom; y++)
            for (int x = area.Left; x < area.Right; x++)
                values.Add(image[x, y]);
        values.Sort();
        return values[(int)(0.9 * (values.Count - 1))];
    }

    /// <summary>
    /// Saturated lead (0.94–1.0) unless the realism draws a dim (0.75–0.95) or mid-grey (0.45–0.75) letter, which
    /// is that fraction of the anatomy's brightest pixels: the letter is then no longer the brightest thing.
    /// </summary>
    public static float LetterLevel(MarkerRealism realism, float anatomyTop, DeterministicRandom random)
    {
        double pick = random.NextDouble();
        double saturated = random.Range(0.94, 1.0), dim = random.Range(0.75, 0.95), midGrey = random.Range(0.45, 0.75);
        float reference = MathF.Max(anatomyTop, 0.5f);
        if (pick < realism.MidGreyLetterChance) return (float)midGrey * reference;
        if (pick < realism.MidGreyLetterChance + realism.DimLetterChance) return (float)dim * reference;
        return (float)saturated;
    }
}
