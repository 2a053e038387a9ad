namespace RadAudit.Imaging.Markers;

/// <summary>
/// Grows a label box over the anti-aliased fringe of its glyphs: each side moves out (up to a few pixels) while
/// the next row or column still holds a pixel clearly above the background, then a fixed padding is added.
/// </summary>
public static class BoxRefiner
{
    private const int MaximumGrowth = 3;

    /// <summary>The refined inclusive box (left, top, right, bottom), clipped to the image.</summary>
    public static (int Left, int Top, int Right, int Bottom) Refine(GrayImage image, GlyphGroup group, float threshold, int padding)
    {
        int left = group.Left, top = group.Top, right = group.Right, bottom = group.Bottom;
        float background = group.Background;
        // Halfway between the background and the bright threshold: the fringe of a sharp glyph, not the plate.
        float fringe = background + 0.35f * (threshold - background);
        for (int step = 0; step < MaximumGrowth; step++)
        {
            if (left > 0 && ColumnHas(image, left - 1, top, bottom, fringe)) left--;
            if (right < image.Width - 1 && ColumnHas(image, right + 1, top, bottom, fringe)) right++;
            if (top > 0 && RowHas(image, top - 1, left, right, fringe)) top--;
            if (bottom < image.Height - 1 && RowHas(image, bottom + 1, left, right, fringe)) bottom++;
        }
        return (Math.Max(0, left - padding), Math.Max(0, top - padding),
            Math.Min(image.Width - 1, right + padding), Math.Min(image.Height - 1, bottom + padding));
    }

    private static bool ColumnHas(GrayImage image, int x, int top, int bottom, float level)
    {
        for (int y = top; y <= bottom; y++)
            if (image.Pixels[y * image.Width + x] >= level) return true;
        return false;
    }

    private static bool RowHas(GrayImage image, int y, int left, int right, float level)
    {
        int row = y * image.Width;
        for (int x = left; x <= right; x++)
            if (image.Pixels[row + x] >= level) return true;
        return false;
    }
}
