using RadAudit.Core;

namespace RadAudit.Imaging.Masking;

/// <summary>
/// Writes a masked copy of images under a new root, keeping each image's relative path (so a MURA layout stays a
/// MURA layout). Images are saved as 8-bit grayscale PNG; parallel over images; atomic per file.
/// </summary>
/// <param name="options">The variant and its settings.</param>
/// <param name="boxesOf">An image's boxes by its data set path (empty when none).</param>
public sealed class MaskedCopy(MaskOptions options, Func<string, IReadOnlyList<LabelBox>> boxesOf)
{
    /// <summary>
    /// Masks every image of <paramref name="paths"/> (data set paths, also the relative output paths).
    /// <paramref name="resolve"/> gives an image's file and throws a <see cref="RadAuditException"/> for a path that
    /// would leave the data root; such images, and unreadable ones, are skipped with a reason.
    /// </summary>
    public MaskedCopySummary Write(IReadOnlyList<string> paths, Func<string, string> resolve, string outRoot, IProgress<ProgressReport>? progress = null)
    {
        int written = 0, withoutBoxes = 0, applied = 0, unplaced = 0, overAnatomy = 0;
        var skipped = new System.Collections.Concurrent.ConcurrentBag<string>();
        long done = 0;
        Parallel.ForEach(paths, path =>
        {
            try
            {
                IReadOnlyList<LabelBox> boxes = boxesOf(path);
                GrayImage original = ImageCodec.Decode(resolve(path));
                // Random covers are placed once, for the image and for the summary's counts (placement reads the whole image).
                RandomCoverPlacement? placement = options.Condition == Condition.RandomCover
                    ? RandomCover.Place(original, boxes, options.Margin, path, options.Seed)
                    : null;
                GrayImage masked = placement is null
                    ? MaskTransform.Apply(options, original, boxes, path)
                    : RandomCover.Fill(original, placement, options.Fill);
                // The same relative path that resolve() accepted (no '..', not absolute), so it stays inside outRoot.
                Save(Path.Combine(outRoot, path), ImageCodec.EncodeGrayPng(masked));
                Interlocked.Increment(ref written);
                if (boxes.Count == 0) Interlocked.Increment(ref withoutBoxes);
                Interlocked.Add(ref applied, boxes.Count);
                if (placement is not null)
                {
                    Interlocked.Add(ref unplaced, placement.Unplaced);
                    Interlocked.Add(ref overAnatomy, placement.OverAnatomy);
                }
            }
            catch (RadAuditException problem)
            {
                skipped.Add(problem.Message);
            }
            long finished = Interlocked.Increment(ref done);
            if (finished % 64 == 0 || finished == paths.Count) progress?.Report(new ProgressReport("mask", finished, paths.Count));
        });
        return new MaskedCopySummary(written, withoutBoxes, applied, unplaced, overAnatomy, skipped.Count, skipped.Order(StringComparer.Ordinal).ToList());
    }

    // Temporary sibling + rename: an interrupted run never leaves a half-written PNG behind.
    private static void Save(string file, byte[] png) => AtomicFile.WriteBytes(file, png);
}
