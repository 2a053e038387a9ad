using System.Globalization;

namespace RadAudit.Core.Scoring;

/// <summary>The input a scoring model expects: a square side in pixels, its channel count and normalisation.</summary>
/// <param name="Size">Height and width in pixels (RadAudit letterboxes every image into this square).</param>
/// <param name="Channels">1, or 3 (a gray radiograph is repeated on every channel).</param>
/// <param name="Normalisation">How [0, 1] pixel values become model inputs.</param>
public sealed record ModelInput(int Size, int Channels, InputNormalisation Normalisation)
{
    /// <summary>Values per image (channels × size × size).</summary>
    public int ValuesPerImage => Channels * Size * Size;

    /// <summary>
    /// Turns <paramref name="count"/> gray images (each Size × Size values in [0, 1], one after another) into the
    /// N × C × H × W model input: every channel gets the gray value, normalised with that channel's mean and std.
    /// </summary>
    public float[] Prepare(float[] gray, int count)
    {
        ArgumentNullException.ThrowIfNull(gray);
        int plane = Size * Size;
        if (gray.Length != count * plane)
            throw new ArgumentException($"Expected {count} images of {Size} x {Size} values, got {gray.Length} values.", nameof(gray));
        var inputs = new float[count * ValuesPerImage];
        for (int image = 0; image < count; image++)
        {
            ReadOnlySpan<float> source = gray.AsSpan(image * plane, plane);
            for (int channel = 0; channel < Channels; channel++)
                Normalisation.Apply(source, inputs.AsSpan((image * Channels + channel) * plane, plane), channel);
        }
        return inputs;
    }

    /// <summary>"224 px, 3 channels, imagenet" for logs and the report.</summary>
    public override string ToString() =>
        $"{Size.ToString(CultureInfo.InvariantCulture)} px, {Channels.ToString(CultureInfo.InvariantCulture)} channel{(Channels == 1 ? "" : "s")}, {Normalisation}";
}
