using RadAudit.Core;

namespace RadAudit.Imaging.Markers.Maps;

/// <summary>
/// Splits a box at the widest blank band across its ink: a letter with its initials below it, or a holder's two
/// lines, come out of the map as one region when their boxes touch at the map's resolution, but the ink has a gap
/// between them. Each part is tightened to its own ink.
/// </summary>
public static class InkSplitter
{
    /// <summary>A band must be at least this many pixels blank to split at.</summary>
    public const int MinimumGap = 2;

    /// <summary>The two parts of <paramref name="box"/> across its widest blank band (rows or columns), or none.</summary>
    public static IReadOnlyList<LabelBox> Split(GrayImage image, LabelBox box)
    {
        if (WidestGap(image, box) is not { } gap || gap.Length < MinimumGap) return [];
        int left = Math.Max(0, box.X), top = Math.Max(0, box.Y), right = Math.Min(image.Width, box.Right), bottom = Math.Min(image.Height, box.Bottom);
        var parts = gap.AcrossRows
            ? new[] { (left, top, right, top + gap.Start), (left, top + gap.Start + gap.Length, right, bottom) }
            : new[] { (left, top, left + gap.Start, bottom), (left + gap.Start + gap.Length, top, right, bottom) };
        return parts.Select(part => Tightened(image, box, part, gap.Threshold)).OfType<LabelBox>().ToList();
    }

    /// <summary>The widest blank band (rows or columns, whichever is wider) between the ink of <paramref name="box"/>,
    /// with the ink threshold it was read at; null when the box holds no ink that stands out.</summary>
    public static InkGap? WidestGap(GrayImage image, LabelBox box)
    {
        int left = Math.Max(0, box.X), top = Math.Max(0, box.Y), right = Math.Min(image.Width, box.Right), bottom = Math.Min(image.Height, box.Bottom);
        int width = right - left, height = bottom - top;
        if (width < 4 || height < 4) return null;
        float[] values = PixelPercentile.Region(image, left, top, right, bottom);
        if (InkThreshold(values) is not { } threshold) return null;
        var rows = new int[height];
        var columns = new int[width];
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
                if (values[y * width + x] >= threshold) { rows[y]++; columns[x]++; }
        var (rowStart, rowLength) = WidestZeroRun(rows);
        var (columnStart, columnLength) = WidestZeroRun(columns);
        return rowLength >= columnLength
            ? new InkGap(true, rowStart, rowLength, rowLength / (double)height, threshold)
            : new InkGap(false, columnStart, columnLength, columnLength / (double)width, threshold);
    }

    /// <summary>The level at which a box's pixels (<paramref name="values"/>, left unchanged) count as ink: half way from
    /// the box's background (30th percentile) to its ink (98th), as <see cref="InkBoxRefiner"/> reads it; null when the
    /// two differ by less than <see cref="InkBoxRefiner.MinimumContrast"/>.</summary>
    internal static float? InkThreshold(float[] values)
    {
        var scratch = (float[])values.Clone();
        float background = PixelPercentile.Of(scratch, 0.3), peak = PixelPercentile.Of(scratch, 0.98);
        if (peak - background < InkBoxRefiner.MinimumContrast) return null;
        return background + InkBoxRefiner.InkShare * (peak - background);
    }

    /// <summary>The widest run of zeros strictly between the first and last non-zero entries.</summary>
    private static (int Start, int Length) WidestZeroRun(int[] counts)
    {
        int first = Array.FindIndex(counts, count => count > 0), last = Array.FindLastIndex(counts, count => count > 0);
        (int Start, int Length) best = (0, 0);
        for (int i = first + 1, start = -1; first >= 0 && i < last; i++)
        {
            if (counts[i] == 0 && start < 0) start = i;
            if (counts[i] == 0 && i - start + 1 > best.Length) best = (start, i - start + 1);
            if (counts[i] != 0) start = -1;
        }
        return best;
    }

    private static LabelBox? Tightened(GrayImage image, LabelBox box, (int Left, int Top, int Right, int Bottom) part, float threshold)
    {
        int x0 = int.MaxValue, y0 = int.MaxValue, x1 = -1, y1 = -1;
        for (int y = part.Top; y < part.Bottom; y++)
            for (int x = part.Left; x < part.Right; x++)
                if (image[x, y] >= threshold) { x0 = Math.Min(x0, x); y0 = Math.Min(y0, y); x1 = Math.Max(x1, x); y1 = Math.Max(y1, y); }
        if (x1 < 0) return null;
        return InkBoxRefiner.AroundInk(box, image, x0, y0, x1, y1);
    }
}

/// <summary>A blank band across a box's ink (<see cref="InkSplitter.WidestGap"/>), in box-relative pixels.</summary>
/// <param name="AcrossRows">Whether the band is a run of rows (the parts lie above and below) or of columns.</param>
/// <param name="Start">First blank row or column, from the box's top or left.</param>
/// <param name="Length">Blank rows or columns (0: the ink has no gap).</param>
/// <param name="RelativeLength">Length over the box's height (rows) or width (columns).</param>
/// <param name="Threshold">The ink threshold the band was read at.</param>
public readonly record struct InkGap(bool AcrossRows, int Start, int Length, double RelativeLength, float Threshold);
