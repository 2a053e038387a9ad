namespace RadAudit.Imaging.Transforms;

/// <summary>
/// A random (training-time) augmentation. Randomness comes only from the generator passed to
/// <see cref="Apply"/>, so a caller that seeds one generator per image gets the same output on any thread.
/// Implementations return a new image and never change their input.
/// </summary>
public interface IRandomTransform
{
    /// <summary>Returns the augmented copy of <paramref name="image"/>.</summary>
    GrayImage Apply(GrayImage image, Random random);
}
