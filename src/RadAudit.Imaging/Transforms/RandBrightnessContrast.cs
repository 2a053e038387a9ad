namespace RadAudit.Imaging.Transforms;

/// <summary>
/// Changes contrast about mid-grey and brightness: <c>v' = clamp((v − 0.5)·c + 0.5 + b, 0, 1)</c> with
/// c uniform in 1 ± <see cref="MaxContrast"/> and b uniform in ±<see cref="MaxBrightness"/> (exposure variation).
/// </summary>
public sealed class RandBrightnessContrast : IRandomTransform
{
    /// <summary>Creates the transform (defaults ±0.1 brightness, ±10 % contrast).</summary>
    public RandBrightnessContrast(float maxBrightness = 0.1f, float maxContrast = 0.1f)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxBrightness);
        ArgumentOutOfRangeException.ThrowIfNegative(maxContrast);
        MaxBrightness = maxBrightness;
        MaxContrast = maxContrast;
    }

    /// <summary>Largest brightness offset either way, in [0, 1] units.</summary>
    public float MaxBrightness { get; }

    /// <summary>Largest relative contrast change either way.</summary>
    public float MaxContrast { get; }

    /// <inheritdoc />
    public GrayImage Apply(GrayImage image, Random random)
    {
        float contrast = 1 + (float)(random.NextDouble() * 2 - 1) * MaxContrast;
        float brightness = (float)(random.NextDouble() * 2 - 1) * MaxBrightness;
        var target = new GrayImage(image.Width, image.Height);
        float[] source = image.Pixels, output = target.Pixels;
        for (int i = 0; i < source.Length; i++)
            output[i] = Math.Clamp((source[i] - 0.5f) * contrast + 0.5f + brightness, 0f, 1f);
        return target;
    }
}
