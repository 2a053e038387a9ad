using System.Buffers;
using System.Numerics;
using RadAudit.Imaging;

namespace RadAudit.Synthetic.Drawing;

/// <summary>
/// Separable box blur with edge clamping; two passes approximate the unsharpness of a radiograph. Each output is
/// the plain sum of its 2r+1 neighbours (edges repeated), computed for a whole vector of pixels at once: at the
/// small radii used (1–2 px at 512 px) that is cheaper than a running sum, which must walk a row serially.
/// </summary>
public static class BoxBlur
{
    /// <summary>Blurs <paramref name="image"/> in place with a (2r+1)-wide box, <paramref name="passes"/> times.</summary>
    public static void Apply(GrayImage image, int radius, int passes = 2)
    {
        if (radius <= 0) return;
        int width = image.Width, height = image.Height;
        float[] pixels = image.Pixels;
        float[] padded = ArrayPool<float>.Shared.Rent(Math.Max(width, height) + 2 * radius);
        float[] copy = ArrayPool<float>.Shared.Rent(pixels.Length);
        try
        {
            for (int pass = 0; pass < passes; pass++)
            {
                for (int y = 0; y < height; y++) Row(pixels.AsSpan(y * width, width), radius, padded);
                Columns(pixels, copy, width, height, radius);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(copy);
            ArrayPool<float>.Shared.Return(padded);
        }
    }

    /// <summary>Blurs one row: copy it between r repeats of each end pixel, then sum 2r+1 shifted copies.</summary>
    private static void Row(Span<float> row, int radius, float[] padded)
    {
        int length = row.Length;
        padded.AsSpan(0, radius).Fill(row[0]);
        row.CopyTo(padded.AsSpan(radius));
        padded.AsSpan(radius + length, radius).Fill(row[length - 1]);
        float scale = 1f / (2 * radius + 1);
        int x = 0;
        for (; x + Vector<float>.Count <= length; x += Vector<float>.Count)
        {
            var sum = new Vector<float>(padded, x);
            for (int k = 1; k <= 2 * radius; k++) sum += new Vector<float>(padded, x + k);
            (sum * scale).CopyTo(row[x..]);
        }
        for (; x < length; x++)
        {
            float sum = padded[x];
            for (int k = 1; k <= 2 * radius; k++) sum += padded[x + k];
            row[x] = sum * scale;
        }
    }

    /// <summary>Blurs every column at once, row by row, so memory is read in order (a column walk thrashes the cache).</summary>
    private static void Columns(float[] pixels, float[] copy, int width, int height, int radius)
    {
        Array.Copy(pixels, copy, pixels.Length);
        float scale = 1f / (2 * radius + 1);
        for (int y = 0; y < height; y++)
        {
            int row = y * width;
            int x = 0;
            for (; x + Vector<float>.Count <= width; x += Vector<float>.Count)
            {
                var sum = new Vector<float>(copy, Math.Max(y - radius, 0) * width + x);
                for (int k = 1 - radius; k <= radius; k++) sum += new Vector<float>(copy, Math.Clamp(y + k, 0, height - 1) * width + x);
                (sum * scale).CopyTo(pixels, row + x);
            }
            for (; x < width; x++)
            {
                float sum = copy[Math.Max(y - radius, 0) * width + x];
                for (int k = 1 - radius; k <= radius; k++) sum += copy[Math.Clamp(y + k, 0, height - 1) * width + x];
                pixels[row + x] = sum * scale;
            }
        }
    }
}
