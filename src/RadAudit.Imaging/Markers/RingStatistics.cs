namespace RadAudit.Imaging.Markers;

/// <summary>Brightness of the band of pixels around a box (what surrounds a glyph or a label).</summary>
public static class RingStatistics
{
    private const int Bins = 128;

    /// <summary>
    /// Median (to 1/128) of the pixels at distance <paramref name="inner"/> to <paramref name="outer"/> (Chebyshev,
    /// in pixels) outside the inclusive box; NaN when the band lies wholly outside the image.
    /// </summary>
    /// <remarks>A median, not a mean, so a neighbouring glyph that reaches into the band does not raise it.</remarks>
    public static float Median(GrayImage image, int left, int top, int right, int bottom, int inner, int outer)
    {
        Span<int> histogram = stackalloc int[Bins];
        int total = 0;
        int x0 = Math.Max(0, left - outer), x1 = Math.Min(image.Width - 1, right + outer);
        int y0 = Math.Max(0, top - outer), y1 = Math.Min(image.Height - 1, bottom + outer);
        for (int y = y0; y <= y1; y++)
        {
            int dy = Math.Max(top - y, y - bottom);
            int row = y * image.Width;
            for (int x = x0; x <= x1; x++)
            {
                int distance = Math.Max(dy, Math.Max(left - x, x - right));
                if (distance < inner) { x = right + inner - 1; continue; } // skip the inside of the band
                int bin = Math.Clamp((int)(image.Pixels[row + x] * Bins), 0, Bins - 1);
                histogram[bin]++;
                total++;
            }
        }
        return total == 0 ? float.NaN : MedianOf(histogram, total);
    }

    private static float MedianOf(Span<int> histogram, int total)
    {
        int half = (total + 1) / 2, seen = 0;
        for (int bin = 0; bin < Bins; bin++)
        {
            seen += histogram[bin];
            if (seen >= half) return (bin + 0.5f) / Bins;
        }
        return 1f;
    }
}
