namespace RadAudit.Imaging.Transforms;

/// <summary>
/// Rotates about the image centre by an angle drawn uniformly from ±<see cref="MaxDegrees"/> (30° as in the MURA
/// reproductions); corners that rotate in are black.
/// </summary>
public sealed class RandRotate : IRandomTransform
{
    /// <summary>Creates the transform.</summary>
    public RandRotate(float maxDegrees = 30f)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDegrees);
        MaxDegrees = maxDegrees;
    }

    /// <summary>Largest rotation either way, in degrees.</summary>
    public float MaxDegrees { get; }

    /// <inheritdoc />
    public GrayImage Apply(GrayImage image, Random random)
    {
        float radians = (float)((random.NextDouble() * 2 - 1) * MaxDegrees * Math.PI / 180);
        float cos = MathF.Cos(radians), sin = MathF.Sin(radians);
        // Inverse rotation: each output pixel looks up where it came from.
        return AffineWarp.Apply(image, cos, sin, -sin, cos, 0, 0);
    }
}
