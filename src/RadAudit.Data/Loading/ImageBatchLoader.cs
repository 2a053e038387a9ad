using RadAudit.Core;
using RadAudit.Data.Sets;
using RadAudit.Imaging.Geometry;
using RadAudit.Imaging.Transforms;

namespace RadAudit.Data.Loading;

/// <summary>
/// Streams <see cref="ImageBatch"/>es from a data set: decoding, the preprocessing hook, resizing and augmentation
/// run on <see cref="LoaderOptions.Workers"/> threads with bounded prefetch, so memory depends on the batch size,
/// never on the data set size. The batches of an epoch are a pure function of (records, options, epoch): the same
/// for any worker count, and reshuffled deterministically each epoch.
/// </summary>
public sealed class ImageBatchLoader
{
    private readonly IReadOnlyList<ImageRecord> _records;
    private readonly LoaderOptions _options;
    private readonly ImagePipeline _pipeline;

    /// <summary>Creates the loader over the records of <paramref name="data"/>.</summary>
    public ImageBatchLoader(ImageDataSet data, LoaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _records = data.Records;
        _options = options;
        _pipeline = new ImagePipeline(data.ResolvePath, options);
    }

    /// <summary>Images per epoch (the data set's size; class-balanced epochs draw as many).</summary>
    public int ImagesPerEpoch => _options.DropLast ? _records.Count / _options.BatchSize * _options.BatchSize : _records.Count;

    /// <summary>Batches per epoch.</summary>
    public int BatchesPerEpoch => (ImagesPerEpoch + _options.BatchSize - 1) / _options.BatchSize;

    /// <summary>The batches of epoch <paramref name="epoch"/> (0-based), in order.</summary>
    public IEnumerable<ImageBatch> Epoch(int epoch, CancellationToken cancellation = default)
    {
        int[] order = SampleOrder.For(_records, _options, epoch);
        int count = ImagesPerEpoch, batchSize = _options.BatchSize;
        IEnumerable<ResizedImage> images = OrderedParallelMap.Run(count,
            position => _pipeline.Process(_records[order[position]], SampleSeed.Mix(_options.Seed, epoch, position)),
            _options.Workers, batchSize * _options.PrefetchBatches, cancellation);
        using IEnumerator<ResizedImage> next = images.GetEnumerator();
        for (int start = 0; start < count; start += batchSize)
            yield return Assemble(order.AsSpan(start, Math.Min(batchSize, count - start)).ToArray(), next);
    }

    private ImageBatch Assemble(int[] indices, IEnumerator<ResizedImage> images)
    {
        int side = _options.ImageSize, pixelsPerImage = side * side;
        var pixels = new float[indices.Length * pixelsPerImage];
        var labels = new float[indices.Length];
        var weights = new float[indices.Length];
        var records = new ImageRecord[indices.Length];
        var geometries = new ResizeGeometry[indices.Length];
        for (int i = 0; i < indices.Length; i++)
        {
            images.MoveNext();
            ImageRecord record = _records[indices[i]];
            _options.Normalization.Apply(images.Current.Image.Pixels, pixels.AsSpan(i * pixelsPerImage, pixelsPerImage));
            labels[i] = record.Label is int label ? label : float.NaN;
            weights[i] = _options.Weights.WeightOf(record);
            records[i] = record;
            geometries[i] = images.Current.Geometry;
        }
        return new ImageBatch(pixels, indices.Length, side, side, labels, weights, records, geometries);
    }
}
