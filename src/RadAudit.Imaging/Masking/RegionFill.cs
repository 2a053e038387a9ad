namespace RadAudit.Imaging.Masking;

/// <summary>Fills rectangles of an image in place with black, a constant, or a smooth interpolation of their border.</summary>
public static class RegionFill
{
    /// <summary>Fills every rectangle (already clipped to the image) with <paramref name="fill"/>.</summary>
    public static void Fill(GrayImage image, IReadOnlyList<PixelRectangle> rectangles, CoverFill fill)
    {
        float mean = fill == CoverFill.Mean ? MeanOutside(image, rectangles) : 0f;
        // Blur interpolates from the original border pixels, so read them from an untouched copy.
        GrayImage? source = fill == CoverFill.Blur ? image.Clone() : null;
        foreach (PixelRectangle rectangle in rectangles)
        {
            if (source is null) FillConstant(image, rectangle, mean);
            else FillSmooth(image, source, rectangle);
        }
    }

    /// <summary>Mean of the pixels outside every rectangle (0 when there are none).</summary>
    public static float MeanOutside(GrayImage image, IReadOnlyList<PixelRectangle> rectangles)
    {
        var inside = new bool[image.Pixels.Length];
        foreach (PixelRectangle rectangle in rectangles)
            for (int y = rectangle.Y; y < rectangle.Bottom; y++)
                Array.Fill(inside, true, y * image.Width + rectangle.X, rectangle.Width);
        double sum = 0;
        int count = 0;
        for (int i = 0; i < inside.Length; i++)
            if (!inside[i]) { sum += image.Pixels[i]; count++; }
        return count == 0 ? 0f : (float)(sum / count);
    }

    private static void FillConstant(GrayImage image, PixelRectangle rectangle, float value)
    {
        for (int y = rectangle.Y; y < rectangle.Bottom; y++)
            Array.Fill(image.Pixels, value, y * image.Width + rectangle.X, rectangle.Width);
    }

    /// <summary>
    /// Each inside pixel becomes the inverse-distance-weighted mean of the four border pixels straight left, right,
    /// above and below it (border = the first pixel outside the rectangle; sides on the image edge are skipped).
    /// </summary>
    private static void FillSmooth(GrayImage image, GrayImage source, PixelRectangle rectangle)
    {
        for (int y = rectangle.Y; y < rectangle.Bottom; y++)
            for (int x = rectangle.X; x < rectangle.Right; x++)
            {
                double weighted = 0, weights = 0;
                Add(source, rectangle.X - 1, y, x - rectangle.X + 1, ref weighted, ref weights);
                Add(source, rectangle.Right, y, rectangle.Right - x, ref weighted, ref weights);
                Add(source, x, rectangle.Y - 1, y - rectangle.Y + 1, ref weighted, ref weights);
                Add(source, x, rectangle.Bottom, rectangle.Bottom - y, ref weighted, ref weights);
                image.Pixels[y * image.Width + x] = weights > 0 ? (float)(weighted / weights) : 0f;
            }
    }

    private static void Add(GrayImage source, int x, int y, int distance, ref double weighted, ref double weights)
    {
        if (x < 0 || y < 0 || x >= source.Width || y >= source.Height) return;
        double weight = 1.0 / distance;
        weighted += weight * source.Pixels[y * source.Width + x];
        weights += weight;
    }
}
