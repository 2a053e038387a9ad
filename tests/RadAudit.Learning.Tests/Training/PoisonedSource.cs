using RadAudit.Core;
using RadAudit.Data.Loading;
using RadAudit.Learning.Training;

namespace RadAudit.Learning.Tests.Training;

/// <summary>Wraps a source and fills every pixel with NaN from a given epoch on (to drive the loss to NaN).</summary>
internal sealed class PoisonedSource(IBatchSource inner, int poisonFromEpoch) : IBatchSource
{
    public IReadOnlyList<ImageRecord> Records => inner.Records;

    public IEnumerable<ImageBatch> Batches(int epoch) =>
        epoch < poisonFromEpoch
            ? inner.Batches(epoch)
            : inner.Batches(epoch).Select(batch => batch with { Pixels = Enumerable.Repeat(float.NaN, batch.Pixels.Length).ToArray() });
}
