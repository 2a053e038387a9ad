using System.Numerics;

namespace RadAudit.Imaging.Transforms;

/// <summary>
/// Precomputed 1-D resampling weights for one axis: for each output pixel, the first source pixel and the
/// normalised triangle-kernel weights of its neighbours; outputs whose centre falls outside the source are padding.
/// </summary>
internal sealed class ResampleKernel
{
    private readonly int[] _first;
    private readonly int[] _count;
    private readonly float[] _weights;
    private readonly int _stride;

    private ResampleKernel(int[] first, int[] count, float[] weights, int stride)
    {
        _first = first;
        _count = count;
        _weights = weights;
        _stride = stride;
    }

    /// <summary>Weights mapping <paramref name="sourceLength"/> pixels to <paramref name="targetLength"/> (target = source × scale + offset).</summary>
    public static ResampleKernel Build(int sourceLength, int targetLength, float scale, float offset)
    {
        // Shrinking widens the kernel to cover every source pixel (area-like averaging); enlarging is plain bilinear.
        float radius = Math.Max(1f, 1f / scale);
        int stride = (int)MathF.Ceiling(2 * radius) + 2;
        var first = new int[targetLength];
        var count = new int[targetLength];
        var weights = new float[targetLength * stride];
        for (int i = 0; i < targetLength; i++)
        {
            float centre = (i + 0.5f - offset) / scale;
            if (centre < 0 || centre >= sourceLength) continue;
            int start = Math.Max(0, (int)MathF.Floor(centre - radius - 0.5f));
            int end = Math.Min(sourceLength - 1, (int)MathF.Ceiling(centre + radius - 0.5f));
            float total = 0;
            int taps = 0;
            for (int j = start; j <= end && taps < stride; j++, taps++)
            {
                float weight = Math.Max(0f, 1f - MathF.Abs(j + 0.5f - centre) / radius);
                weights[i * stride + taps] = weight;
                total += weight;
            }
            for (int k = 0; k < taps; k++) weights[i * stride + k] /= total;
            first[i] = start;
            count[i] = taps;
        }
        return new ResampleKernel(first, count, weights, stride);
    }

    /// <summary>Writes every output pixel (padding = 0) of one line from <paramref name="source"/>.</summary>
    public void Apply(ReadOnlySpan<float> source, Span<float> target)
    {
        for (int i = 0; i < _first.Length; i++)
        {
            ReadOnlySpan<float> taps = source.Slice(_first[i], _count[i]);
            ReadOnlySpan<float> weights = _weights.AsSpan(i * _stride, _count[i]);
            float sum = 0;
            for (int k = 0; k < taps.Length; k++) sum += weights[k] * taps[k];
            target[i] = sum;
        }
    }

    /// <summary>
    /// Resamples along rows: output row i = Σ weight × source row (first + k), each row <paramref name="width"/>
    /// long; padding rows stay 0.
    /// </summary>
    public void ApplyToRows(ReadOnlySpan<float> source, int width, Span<float> target)
    {
        for (int i = 0; i < _first.Length; i++)
        {
            Span<float> row = target.Slice(i * width, width);
            for (int k = 0; k < _count[i]; k++)
                AddScaled(source.Slice((_first[i] + k) * width, width), _weights[i * _stride + k], row);
        }
    }

    private static void AddScaled(ReadOnlySpan<float> source, float weight, Span<float> target)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var scale = new Vector<float>(weight);
            for (; i <= source.Length - Vector<float>.Count; i += Vector<float>.Count)
                (new Vector<float>(source[i..]) * scale + new Vector<float>(target[i..])).CopyTo(target[i..]);
        }
        for (; i < source.Length; i++) target[i] += weight * source[i];
    }
}
