using RadAudit.Core;
using RadAudit.Data.Loading;

namespace RadAudit.Learning.Training;

/// <summary>Where a trainer or predictor gets its batches: a data set split, already preprocessed.</summary>
public interface IBatchSource
{
    /// <summary>The images of the split, in no particular order (counts, class weights, data fingerprint).</summary>
    IReadOnlyList<ImageRecord> Records { get; }

    /// <summary>
    /// The batches of one pass. Training sources shuffle (and augment) as a pure function of their seed and
    /// <paramref name="epoch"/>, so that a resumed run sees the same batches as an uninterrupted one; evaluation
    /// sources return the same order every time. Every record appears exactly once per pass.
    /// </summary>
    IEnumerable<ImageBatch> Batches(int epoch);
}
