using System.Numerics;
using RadAudit.Imaging;
using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Rendering;

/// <summary>
/// Turns attenuation into displayed brightness as a processed radiograph does: v = b + g·(1 − e^(−k·D))^γ inside
/// the collimated field (b background, g gain, k exposure, γ display gamma, all drawn per image), a darker level
/// outside it, then blur. Noise is added last (after the markers, which are exposed with the image).
/// </summary>
public static class ExposureModel
{
    /// <summary>Fills <paramref name="image"/> from <paramref name="density"/> and blurs it.</summary>
    /// <remarks><paramref name="collimate"/> = false leaves out the axis-aligned field (realistic markers draw their own)
    /// but makes the same random draws.</remarks>
    public static void Expose(GrayImage image, float[] density, DeterministicRandom random, bool collimate = true)
    {
        float background = (float)random.Range(0.03, 0.12);
        float gain = (float)random.Range(0.72, 0.86) - background;
        float exposure = (float)random.Range(0.9, 1.3);
        float gamma = (float)random.Range(0.8, 1.25);
        float outside = (float)random.Range(0.0, 0.03);
        var field = Collimation(image.Width, image.Height, random);
        float[] curve = ResponseCurve(background, gain, exposure, gamma);
        bool collimated = field.Left > 0 || field.Top > 0 || field.Right < image.Width || field.Bottom < image.Height;
        float[] pixels = image.Pixels;
        for (int i = 0; i < pixels.Length; i++)
        {
            float position = MathF.Min(density[i] * CurveSteps, CurveEntries - 2);
            int step = (int)position;
            pixels[i] = curve[step] + (curve[step + 1] - curve[step]) * (position - step);
        }
        if (collimated && collimate) Collimate(image, field, outside);
        int longSide = Math.Max(image.Width, image.Height);
        BoxBlur.Apply(image, Math.Max(0, (int)MathF.Round(longSide / 512f * (float)random.Range(0.6, 1.6))));
    }

    /// <summary>Adds Gaussian quantum noise of a per-image level and clamps to [0, 1].</summary>
    public static void AddNoise(GrayImage image, DeterministicRandom random)
    {
        float sigma = (float)random.Range(0.006, 0.018);
        float[] pixels = image.Pixels;
        int i = 0;
        while (i < pixels.Length)
        {
            // One 64-bit draw feeds five pixels (12 bits each) through a table of normal quantiles.
            ulong bits = random.NextBits();
            for (int end = Math.Min(i + 5, pixels.Length); i < end; i++, bits >>= 12)
                pixels[i] = Math.Clamp(pixels[i] + NormalQuantiles[(int)(bits & 4095UL)] * sigma, 0f, 1f);
        }
    }

    /// <summary>
    /// Fades to the <paramref name="outside"/> level over one pixel at the field's edges:
    /// v ← outside + (v − outside)·clamp(distance inside the field + ½, 0, 1). The distance is the smaller of a
    /// per-column and a per-row term, so a row is one vector loop.
    /// </summary>
    private static void Collimate(GrayImage image, PixelBounds field, float outside)
    {
        int width = image.Width;
        var columnInside = new float[width];
        for (int x = 0; x < width; x++) columnInside[x] = Math.Min(x - field.Left, field.Right - x);
        float[] pixels = image.Pixels;
        var outsideLevel = new Vector<float>(outside);
        var half = new Vector<float>(0.5f);
        for (int y = 0; y < image.Height; y++)
        {
            float rowInside = Math.Min(y - field.Top, field.Bottom - y);
            var rowVector = new Vector<float>(rowInside);
            int row = y * width, x = 0;
            for (; x + Vector<float>.Count <= width; x += Vector<float>.Count)
            {
                Vector<float> inField = Vector.Min(Vector.Max(Vector.Min(new Vector<float>(columnInside, x), rowVector) + half, Vector<float>.Zero), Vector<float>.One);
                var signal = new Vector<float>(pixels, row + x);
                (outsideLevel + (signal - outsideLevel) * inField).CopyTo(pixels, row + x);
            }
            for (; x < width; x++)
            {
                float inField = Math.Clamp(MathF.Min(columnInside[x], rowInside) + 0.5f, 0f, 1f);
                pixels[row + x] = outside + (pixels[row + x] - outside) * inField;
            }
        }
    }

    // The display curve v(D) tabulated on D in [0, 8) so that the pixel loop needs no exp/pow.
    private const int CurveSteps = 512;
    private const int CurveEntries = 8 * CurveSteps;

    private static readonly float[] NormalQuantiles = BuildQuantiles(4096);

    private static float[] ResponseCurve(float background, float gain, float exposure, float gamma)
    {
        var curve = new float[CurveEntries];
        for (int k = 0; k < CurveEntries; k++)
            curve[k] = background + gain * MathF.Pow(1f - MathF.Exp(-exposure * k / (float)CurveSteps), gamma);
        return curve;
    }

    /// <summary>Quantiles of N(0, 1) at the midpoints of <paramref name="count"/> equal-probability bins
    /// (Abramowitz &amp; Stegun 26.2.23, error below 4.5e-4: ample for noise).</summary>
    private static float[] BuildQuantiles(int count)
    {
        var table = new float[count];
        for (int k = 0; k < count; k++)
        {
            double p = (k + 0.5) / count;
            double tail = Math.Min(p, 1 - p);
            double t = Math.Sqrt(-2 * Math.Log(tail));
            double x = t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
            table[k] = (float)(p < 0.5 ? -x : x);
        }
        return table;
    }

    private static PixelBounds Collimation(int width, int height, DeterministicRandom random)
    {
        if (!random.Chance(0.45)) return new PixelBounds(-10, -10, width + 10, height + 10);
        int Inset(int size) => random.Chance(0.5) ? (int)(size * random.Range(0.02, 0.12)) : -10;
        return new PixelBounds(Inset(width), Inset(height), width - Inset(width), height - Inset(height));
    }
}
