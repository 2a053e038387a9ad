using RadAudit.Core;
using RadAudit.Data.Loading;
using RadAudit.Data.Sets;

namespace RadAudit.Learning.Training;

/// <summary>An <see cref="IBatchSource"/> over files on disk, through RadAudit.Data's batching loader.</summary>
public sealed class LoaderBatchSource : IBatchSource
{
    private readonly ImageBatchLoader _loader;

    /// <summary>Streams <paramref name="data"/>'s records with <paramref name="options"/>.</summary>
    public LoaderBatchSource(ImageDataSet data, LoaderOptions options)
    {
        Records = data.Records;
        _loader = new ImageBatchLoader(data, options);
    }

    /// <inheritdoc />
    public IReadOnlyList<ImageRecord> Records { get; }

    /// <inheritdoc />
    public IEnumerable<ImageBatch> Batches(int epoch) => _loader.Epoch(epoch);
}
