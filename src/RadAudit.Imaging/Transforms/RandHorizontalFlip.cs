namespace RadAudit.Imaging.Transforms;

/// <summary>
/// Mirrors left–right with probability <see cref="Probability"/>. <b>Off by default in RadAudit</b>: a flip
/// mirrors the burned-in L/R laterality letters (an "R" becomes a reversed "R"), so it changes the very shortcut
/// the audit measures; MURA reproductions used it, so it is available (see docs/data-contract.md).
/// </summary>
public sealed class RandHorizontalFlip : IRandomTransform
{
    /// <summary>Creates the transform.</summary>
    public RandHorizontalFlip(double probability = 0.5)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(probability);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(probability, 1);
        Probability = probability;
    }

    /// <summary>Chance of flipping each image.</summary>
    public double Probability { get; }

    /// <inheritdoc />
    public GrayImage Apply(GrayImage image, Random random)
    {
        if (random.NextDouble() >= Probability) return image.Clone();
        var target = new GrayImage(image.Width, image.Height);
        for (int y = 0; y < image.Height; y++)
        {
            int row = y * image.Width;
            for (int x = 0; x < image.Width; x++)
                target.Pixels[row + x] = image.Pixels[row + image.Width - 1 - x];
        }
        return target;
    }
}
