namespace RadAudit.Imaging.Masking;

/// <summary>
/// Otsu's threshold (1979) of an image's brightness: the cut between two brightness classes that maximises the
/// variance between them. On a radiograph the classes are the dark surroundings (collimated margin, air) and the
/// anatomy; <see cref="RandomCover"/> uses it to tell where labels usually sit from where the findings are.
/// </summary>
public static class OtsuThreshold
{
    private const int Bins = 256;

    /// <summary>
    /// The threshold in [0, 1]: pixels above it are the bright class. An image of one brightness gives that brightness
    /// (nothing is above it).
    /// </summary>
    public static float Of(GrayImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var histogram = new long[Bins];
        foreach (float pixel in image.Pixels)
            histogram[Math.Clamp((int)(pixel * (Bins - 1) + 0.5f), 0, Bins - 1)]++;
        long total = image.Pixels.Length;
        double sumAll = 0;
        for (int bin = 0; bin < Bins; bin++) sumAll += (double)bin * histogram[bin];

        double sumBelow = 0, bestSpread = -1;
        long countBelow = 0;
        int best = Bins - 1;
        for (int bin = 0; bin < Bins - 1; bin++)
        {
            countBelow += histogram[bin];
            sumBelow += (double)bin * histogram[bin];
            long countAbove = total - countBelow;
            if (countBelow == 0 || countAbove == 0) continue;
            double meanBelow = sumBelow / countBelow, meanAbove = (sumAll - sumBelow) / countAbove;
            double spread = (double)countBelow * countAbove * (meanBelow - meanAbove) * (meanBelow - meanAbove);
            if (spread > bestSpread)
            {
                bestSpread = spread;
                best = bin;
            }
        }
        // Bin b holds pixels that round to b/255; the cut lies halfway to the next bin, so "above" means bin > best.
        return (best + 0.5f) / (Bins - 1);
    }
}
