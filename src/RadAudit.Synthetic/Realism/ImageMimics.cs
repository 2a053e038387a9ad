using RadAudit.Imaging;
using RadAudit.Synthetic.Drawing;
using RadAudit.Synthetic.Markers;

namespace RadAudit.Synthetic.Realism;

/// <summary>
/// Mimics drawn on the exposed image rather than into the anatomy: a radiopaque ruler's tick marks along an edge
/// and an empty marker holder (the lighter rectangle alone), both of which real label detectors box.
/// </summary>
internal static class ImageMimics
{
    /// <summary>Draws what the realism draws and returns the boxes.</summary>
    public static List<MimicElement> Draw(GrayImage image, MarkerRealism realism, DeterministicRandom random)
    {
        bool ruler = random.Chance(realism.RulerChance), holder = random.Chance(realism.EmptyHolderChance);
        var placement = new DeterministicRandom((long)random.NextBits());
        var mimics = new List<MimicElement>();
        if (ruler && Ruler(image, placement) is { } rulerBounds) mimics.Add(new MimicElement(MimicKinds.Ruler, rulerBounds));
        if (holder && EmptyHolder(image, placement) is { } holderBounds) mimics.Add(new MimicElement(MimicKinds.Holder, holderBounds));
        return mimics;
    }

    /// <summary>Ticks every 1.5–3 % of the long side, every fifth one longer, along one edge.</summary>
    private static PixelBounds? Ruler(GrayImage image, DeterministicRandom random)
    {
        int longSide = Math.Max(image.Width, image.Height);
        bool horizontal = random.Chance(0.5), nearStart = random.Chance(0.5);
        int length = horizontal ? image.Width : image.Height, across = horizontal ? image.Height : image.Width;
        float spacing = longSide * (float)random.Range(0.015, 0.03), tick = longSide * (float)random.Range(0.012, 0.025);
        float offset = across * (float)random.Range(0.03, 0.12), from = length * (float)random.Range(0.05, 0.3), to = from + length * (float)random.Range(0.3, 0.6);
        float baseLine = nearStart ? offset : across - offset, sign = nearStart ? 1 : -1;
        var segments = new List<(PointF2 From, PointF2 To)>();
        int index = 0;
        for (float along = from; along < MathF.Min(to, length); along += spacing, index++)
        {
            float reach = index % 5 == 0 ? tick * 1.8f : tick;
            PointF2 a = horizontal ? new PointF2(along, baseLine) : new PointF2(baseLine, along);
            PointF2 b = horizontal ? new PointF2(along, baseLine + sign * reach) : new PointF2(baseLine + sign * reach, along);
            segments.Add((a, b));
        }
        float halfWidth = MathF.Max(0.6f, longSide / 512f * (float)random.Range(0.6, 1.1));
        return StrokeRasterizer.Draw(image, segments, halfWidth, (float)random.Range(0.55, 0.95));
    }

    /// <summary>A holder-sized lighter rectangle near a corner.</summary>
    private static PixelBounds? EmptyHolder(GrayImage image, DeterministicRandom random)
    {
        int longSide = Math.Max(image.Width, image.Height);
        float halfWidth = longSide * (float)random.Range(0.03, 0.07), halfHeight = longSide * (float)random.Range(0.02, 0.05);
        int corner = random.Index(4);
        float x = corner % 2 == 0 ? halfWidth + longSide * (float)random.Range(0.01, 0.08) : image.Width - halfWidth - longSide * (float)random.Range(0.01, 0.08);
        float y = corner < 2 ? halfHeight + longSide * (float)random.Range(0.01, 0.08) : image.Height - halfHeight - longSide * (float)random.Range(0.01, 0.08);
        float rotation = (float)random.Range(-0.3, 0.3);
        MarkerStrokes.DrawPlate(image, new PointF2(x, y), rotation, halfWidth, halfHeight, 0.2f * halfHeight, (float)random.Range(0.05, 0.2));
        float reach = halfWidth + halfHeight * 0.3f;
        PixelBounds bounds = PixelBounds.Around(x - reach, y - reach, x + reach, y + reach, 0, image.Width, image.Height);
        return bounds.IsEmpty ? null : bounds;
    }
}
