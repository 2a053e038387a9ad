using RadAudit.Imaging;

namespace RadAudit.Synthetic.Drawing;

/// <summary>Separable box blur with edge clamping; two passes approximate the unsharpness of a radiograph.</summary>
public static class BoxBlur
{
    /// <summary>Blurs <paramref name="image"/> in place with a (2r+1)-wide box, <paramref name="passes"/> times.</summary>
    public static void Apply(GrayImage image, int radius, int passes = 2)
    {
        if (radius <= 0) return;
        int width = image.Width, height = image.Height;
        float[] pixels = image.Pixels;
        float[] scratch = new float[Math.Max(width, height)];
        float[] copy = new float[pixels.Length];
        for (int pass = 0; pass < passes; pass++)
        {
            for (int y = 0; y < height; y++) Row(pixels, y * width, width, radius, scratch);
            Columns(pixels, copy, width, height, radius);
        }
    }

    /// <summary>Blurs one row with a running sum.</summary>
    private static void Row(float[] pixels, int start, int length, int radius, float[] scratch)
    {
        Array.Copy(pixels, start, scratch, 0, length);
        float sum = 0;
        for (int k = -radius; k <= radius; k++) sum += scratch[Math.Clamp(k, 0, length - 1)];
        float scale = 1f / (2 * radius + 1);
        for (int i = 0; i < length; i++)
        {
            pixels[start + i] = sum * scale;
            sum += scratch[Math.Min(i + radius + 1, length - 1)] - scratch[Math.Max(i - radius, 0)];
        }
    }

    /// <summary>Blurs every column at once, row by row, so memory is read in order (a column walk thrashes the cache).</summary>
    private static void Columns(float[] pixels, float[] copy, int width, int height, int radius)
    {
        Array.Copy(pixels, copy, pixels.Length);
        var sums = new float[width];
        for (int k = -radius; k <= radius; k++)
        {
            int row = Math.Clamp(k, 0, height - 1) * width;
            for (int x = 0; x < width; x++) sums[x] += copy[row + x];
        }
        float scale = 1f / (2 * radius + 1);
        for (int y = 0; y < height; y++)
        {
            int row = y * width, entering = Math.Min(y + radius + 1, height - 1) * width, leaving = Math.Max(y - radius, 0) * width;
            for (int x = 0; x < width; x++)
            {
                pixels[row + x] = sums[x] * scale;
                sums[x] += copy[entering + x] - copy[leaving + x];
            }
        }
    }
}
