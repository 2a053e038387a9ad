namespace RadAudit.Imaging.Transforms;

/// <summary>
/// Zooms about the centre by a factor drawn from [<see cref="MinScale"/>, <see cref="MaxScale"/>] and shifts by up
/// to <see cref="MaxShiftFraction"/> of the width/height each way; uncovered pixels are black.
/// </summary>
public sealed class RandScaleTranslate : IRandomTransform
{
    /// <summary>Creates the transform (defaults: scale 0.9–1.1, shift ±10 %).</summary>
    public RandScaleTranslate(float minScale = 0.9f, float maxScale = 1.1f, float maxShiftFraction = 0.1f)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minScale);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxScale, minScale);
        ArgumentOutOfRangeException.ThrowIfNegative(maxShiftFraction);
        MinScale = minScale;
        MaxScale = maxScale;
        MaxShiftFraction = maxShiftFraction;
    }

    /// <summary>Smallest zoom factor (below 1 shrinks).</summary>
    public float MinScale { get; }

    /// <summary>Largest zoom factor.</summary>
    public float MaxScale { get; }

    /// <summary>Largest shift as a fraction of the image width (x) or height (y).</summary>
    public float MaxShiftFraction { get; }

    /// <inheritdoc />
    public GrayImage Apply(GrayImage image, Random random)
    {
        float scale = MinScale + (float)random.NextDouble() * (MaxScale - MinScale);
        float shiftX = (float)(random.NextDouble() * 2 - 1) * MaxShiftFraction * image.Width;
        float shiftY = (float)(random.NextDouble() * 2 - 1) * MaxShiftFraction * image.Height;
        // Inverse map: output = scale × (source − centre) + centre + shift.
        return AffineWarp.Apply(image, 1 / scale, 0, 0, 1 / scale, -shiftX / scale, -shiftY / scale);
    }
}
