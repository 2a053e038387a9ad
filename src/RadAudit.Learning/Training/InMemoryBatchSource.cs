using RadAudit.Core;
using RadAudit.Data.Loading;
using RadAudit.Imaging.Geometry;

namespace RadAudit.Learning.Training;

/// <summary>
/// A split held in memory as ready-made model inputs (all Height × Width, one channel): for tests, demos and
/// callers that preprocess themselves. Shuffling is a pure function of (seed, epoch).
/// </summary>
public sealed class InMemoryBatchSource : IBatchSource
{
    private readonly IReadOnlyList<float[]> _pixels;
    private readonly IReadOnlyList<float> _weights;

    /// <summary>Creates the source.</summary>
    /// <param name="records">One record per image.</param>
    /// <param name="pixels">Height × Width values per image, row-major, same order as <paramref name="records"/>.</param>
    /// <param name="height">Input height.</param>
    /// <param name="width">Input width.</param>
    /// <param name="batchSize">Images per batch (the last batch may be smaller).</param>
    /// <param name="shuffleSeed">Shuffle every epoch with this seed; null keeps the given order (evaluation).</param>
    /// <param name="weights">Per-image loss weights; null gives MURA's per-study-type class weights computed from
    /// <paramref name="records"/> (<see cref="ClassWeights.MuraStudyType"/>).</param>
    public InMemoryBatchSource(IReadOnlyList<ImageRecord> records, IReadOnlyList<float[]> pixels, int height, int width,
        int batchSize, int? shuffleSeed = null, IReadOnlyList<float>? weights = null)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(pixels.Count, records.Count, nameof(pixels));
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        if (pixels.Any(image => image.Length != height * width))
            throw new ArgumentException($"Every image must hold {height} x {width} values.", nameof(pixels));
        Records = records;
        _pixels = pixels;
        Height = height;
        Width = width;
        BatchSize = batchSize;
        ShuffleSeed = shuffleSeed;
        if (weights is null)
        {
            ClassWeights classWeights = ClassWeights.MuraStudyType(records);
            weights = records.Select(classWeights.WeightOf).ToArray();
        }
        _weights = weights;
    }

    /// <inheritdoc />
    public IReadOnlyList<ImageRecord> Records { get; }

    /// <summary>Input height.</summary>
    public int Height { get; }

    /// <summary>Input width.</summary>
    public int Width { get; }

    /// <summary>Images per batch.</summary>
    public int BatchSize { get; }

    /// <summary>The shuffle seed, or null for a fixed order.</summary>
    public int? ShuffleSeed { get; }

    /// <inheritdoc />
    public IEnumerable<ImageBatch> Batches(int epoch)
    {
        int[] order = Enumerable.Range(0, Records.Count).ToArray();
        // A seeded System.Random is stable across runs and .NET versions (HashCode would differ per process).
        if (ShuffleSeed is int seed) new Random(unchecked(seed * 1_000_003 + epoch) & int.MaxValue).Shuffle(order);
        for (int start = 0; start < order.Length; start += BatchSize)
            yield return MakeBatch(order.AsSpan(start, Math.Min(BatchSize, order.Length - start)).ToArray());
    }

    private ImageBatch MakeBatch(int[] indices)
    {
        int size = Height * Width;
        var pixels = new float[indices.Length * size];
        for (int slot = 0; slot < indices.Length; slot++)
            _pixels[indices[slot]].CopyTo(pixels, slot * size);
        ImageRecord[] records = indices.Select(index => Records[index]).ToArray();
        float[] labels = records.Select(record => record.Label is int label ? label : float.NaN).ToArray();
        float[] weights = indices.Select(index => _weights[index]).ToArray();
        var geometry = ResizeGeometry.Letterbox(Width, Height, Width, Height);
        return new ImageBatch(pixels, indices.Length, Height, Width, labels, weights, records,
            Enumerable.Repeat(geometry, indices.Length).ToArray());
    }
}
