namespace RadAudit.Stats.Attention;

/// <summary>A saliency heatmap on the original image's pixel grid (row-major), as the metrics read it.</summary>
/// <param name="Values">Width × Height values; only the positive part counts as attention.</param>
/// <param name="Width">Width of the original image.</param>
/// <param name="Height">Height of the original image.</param>
public sealed record AttentionMap(float[] Values, int Width, int Height)
{
    /// <summary>Checks that the values fill the grid.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Values);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Height);
        if (Values.Length != (long)Width * Height)
            throw new ArgumentException($"Expected {Width}×{Height} values, got {Values.Length}.", nameof(Values));
    }
}
