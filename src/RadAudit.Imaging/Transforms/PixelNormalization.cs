namespace RadAudit.Imaging.Transforms;

/// <summary>
/// Maps [0, 1] pixels to model inputs: <c>x = (v − Mean) / Std</c>. The one normalisation RadAudit uses is
/// <see cref="Default"/>; docs/data-contract.md is the reference.
/// </summary>
/// <param name="Mean">Value subtracted.</param>
/// <param name="Std">Value divided by (positive).</param>
public sealed record PixelNormalization(float Mean, float Std)
{
    /// <summary>
    /// Mean 0.449, std 0.226: the averages over R, G, B of the ImageNet channel statistics
    /// (0.485, 0.456, 0.406) and (0.229, 0.224, 0.225), so a gray input repeated to three channels sits where
    /// ImageNet-pretrained weights expect it, and from-scratch models get roughly zero-mean, unit-scale inputs.
    /// </summary>
    public static PixelNormalization Default { get; } = new(0.449f, 0.226f);

    /// <summary>No change: x = v.</summary>
    public static PixelNormalization Identity { get; } = new(0f, 1f);

    /// <summary>Writes the normalised <paramref name="source"/> into <paramref name="target"/>.</summary>
    public void Apply(ReadOnlySpan<float> source, Span<float> target)
    {
        float inverse = 1f / Std;
        for (int i = 0; i < source.Length; i++) target[i] = (source[i] - Mean) * inverse;
    }
}
