using RadAudit.Core;
using SkiaSharp;

namespace RadAudit.Imaging.Review;

/// <summary>
/// Renders images with their boxes into one PNG grid, in the order given (review sheets pass worst first). Each tile
/// is the image fitted into a square; under it, on review sheets, a bar shows the lowest detection score (full
/// green = 1, empty red = no detection), so a failing detector is visible without reading text (no font is needed).
/// `radaudit synth --contact-sheet` uses the same grid without bars to show what it drew.
/// </summary>
public static class ContactSheet
{
    private const int BarHeight = 6;

    /// <summary>The sheet as PNG bytes; <paramref name="tileSize"/> pixels per tile, <paramref name="columns"/> per row,
    /// with a score bar under each tile unless <paramref name="scoreBars"/> is false.</summary>
    public static byte[] Render(IReadOnlyList<ReviewTile> tiles, int tileSize = 192, int columns = 8, bool scoreBars = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(tileSize, 16);
        int count = Math.Max(1, tiles.Count), columnCount = Math.Min(columns, count), rows = (count + columnCount - 1) / columnCount;
        int cellHeight = tileSize + (scoreBars ? BarHeight : 0) + 4;
        using var surface = SKSurface.Create(new SKImageInfo(columnCount * (tileSize + 4), rows * cellHeight, SKColorType.Rgba8888, SKAlphaType.Premul));
        SKCanvas canvas = surface.Canvas;
        canvas.Clear(new SKColor(40, 40, 48));
        for (int index = 0; index < tiles.Count; index++)
            DrawTile(canvas, tiles[index], 2 + index % columnCount * (tileSize + 4), 2 + index / columnCount * cellHeight, tileSize, scoreBars);
        using SKImage snapshot = surface.Snapshot();
        using SKData data = snapshot.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static void DrawTile(SKCanvas canvas, ReviewTile tile, int left, int top, int size, bool scoreBar)
    {
        float scale = Math.Min((float)size / tile.Image.Width, (float)size / tile.Image.Height);
        float offsetX = left + (size - tile.Image.Width * scale) / 2, offsetY = top + (size - tile.Image.Height * scale) / 2;
        using (SKBitmap bitmap = ImageCodec.ToGrayBitmap(tile.Image))
        using (SKImage image = SKImage.FromBitmap(bitmap))
            canvas.DrawImage(image, new SKRect(offsetX, offsetY, offsetX + tile.Image.Width * scale, offsetY + tile.Image.Height * scale),
                new SKSamplingOptions(SKFilterMode.Linear));
        using var pen = new SKPaint { Style = SKPaintStyle.Stroke, StrokeWidth = 2, IsAntialias = false };
        foreach (LabelBox box in tile.Truth)
            DrawBox(canvas, pen, box, new SKColor(70, 130, 255), scale, offsetX, offsetY);
        foreach (LabelBox box in tile.Detections)
            DrawBox(canvas, pen, box, ScoreColour(box.Score ?? 1), scale, offsetX, offsetY);
        if (!scoreBar) return;
        double lowest = tile.Detections.Count == 0 ? 0 : tile.Detections.Min(box => box.Score ?? 1);
        using var fill = new SKPaint { Style = SKPaintStyle.Fill, Color = new SKColor(90, 20, 20) };
        canvas.DrawRect(left, top + size + 2, size, BarHeight, fill);
        fill.Color = ScoreColour(lowest);
        canvas.DrawRect(left, top + size + 2, (float)(size * lowest), BarHeight, fill);
    }

    private static void DrawBox(SKCanvas canvas, SKPaint pen, LabelBox box, SKColor colour, float scale, float offsetX, float offsetY)
    {
        pen.Color = colour;
        canvas.DrawRect(offsetX + box.X * scale, offsetY + box.Y * scale, box.Width * scale, box.Height * scale, pen);
    }

    /// <summary>Red at 0, yellow at 0.5, green at 1.</summary>
    public static SKColor ScoreColour(double score)
    {
        double clamped = Math.Clamp(score, 0, 1);
        return new SKColor((byte)(255 * Math.Min(1, 2 * (1 - clamped))), (byte)(255 * Math.Min(1, 2 * clamped)), 40);
    }
}
