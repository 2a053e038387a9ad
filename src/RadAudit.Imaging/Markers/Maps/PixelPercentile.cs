namespace RadAudit.Imaging.Markers.Maps;

/// <summary>
/// The value a sort would put at index ⌊fraction·(n − 1)⌋, found by selection (Hoare's quickselect, median-of-three
/// pivots) in linear expected time instead of a sort: the candidate pool reads several percentiles of every box, and
/// sorting them was half of detection's time. Reorders <c>values</c> but keeps its contents, so several percentiles
/// may be read from one array in turn.
/// </summary>
internal static class PixelPercentile
{
    /// <summary>The element of rank ⌊<paramref name="fraction"/>·(n − 1)⌋ of <paramref name="values"/> (0 when empty).</summary>
    public static float Of(float[] values, double fraction)
    {
        if (values.Length == 0) return 0;
        int rank = (int)(fraction * (values.Length - 1)), low = 0, high = values.Length - 1;
        while (low < high)
        {
            int middle = low + (high - low) / 2;
            float pivot = MedianOfThree(values[low], values[middle], values[high]);
            int i = low, j = high;
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i <= j) { (values[i], values[j]) = (values[j], values[i]); i++; j--; }
            }
            if (rank <= j) high = j;
            else if (rank >= i) low = i;
            else return values[rank];
        }
        return values[rank];
    }

    /// <summary>A copy of the pixels of the rectangle [left, right) × [top, bottom) clipped to <paramref name="image"/>, row by row.</summary>
    public static float[] Region(GrayImage image, int left, int top, int right, int bottom)
    {
        left = Math.Max(0, left); top = Math.Max(0, top); right = Math.Min(image.Width, right); bottom = Math.Min(image.Height, bottom);
        if (right <= left || bottom <= top) return [];
        var values = new float[(right - left) * (bottom - top)];
        int i = 0;
        for (int y = top; y < bottom; y++)
            for (int x = left; x < right; x++) values[i++] = image[x, y];
        return values;
    }

    private static float MedianOfThree(float a, float b, float c) => Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
