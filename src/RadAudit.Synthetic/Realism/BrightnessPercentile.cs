using RadAudit.Imaging;

namespace RadAudit.Synthetic.Realism;

/// <summary>Percentiles of an image's brightness from a 1024-bin histogram (exact to 1/1024).</summary>
internal static class BrightnessPercentile
{
    /// <summary>The smallest brightness at or below which <paramref name="fraction"/> of the pixels lie.</summary>
    public static float Of(GrayImage image, double fraction)
    {
        const int Bins = 1024;
        var histogram = new int[Bins];
        foreach (float value in image.Pixels) histogram[Math.Clamp((int)(value * Bins), 0, Bins - 1)]++;
        long wanted = (long)Math.Ceiling(fraction * image.Pixels.Length), seen = 0;
        for (int bin = 0; bin < Bins; bin++)
        {
            seen += histogram[bin];
            if (seen >= wanted) return (bin + 1f) / Bins;
        }
        return 1f;
    }
}
