using RadAudit.Core;

namespace RadAudit.Imaging.Markers;

/// <summary>Runs an <see cref="ILabelDetector"/> over many images, decoding in parallel and reporting progress.</summary>
public static class MarkerDetectionRun
{
    /// <summary>
    /// Detects labels in every image of <paramref name="paths"/> (results in input order). <paramref name="load"/>
    /// decodes an image by its path; a <see cref="RadAuditException"/> from it marks that image skipped with the
    /// message as reason (counted, never dropped silently). A detector that takes one image at a time runs in
    /// parallel over images; one that takes batches gets them in order, each decoded in parallel.
    /// </summary>
    public static IReadOnlyList<ImageDetections> Detect(IReadOnlyList<string> paths, Func<string, GrayImage> load,
        ILabelDetector detector, IProgress<ProgressReport>? progress = null, int maxParallelism = -1,
        CancellationToken cancellation = default)
    {
        var results = new ImageDetections[paths.Count];
        long done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxParallelism, CancellationToken = cancellation };
        void Finished(int count)
        {
            long finished = Interlocked.Add(ref done, count);
            if (finished % 64 < count || finished == paths.Count)
                progress?.Report(new ProgressReport("markers detect", finished, paths.Count));
        }
        if (detector.BatchSize <= 1)
        {
            Parallel.For(0, paths.Count, parallel, index =>
            {
                results[index] = DetectBatch([paths[index]], load, detector, parallel)[0];
                Finished(1);
            });
            return results;
        }
        for (int start = 0; start < paths.Count; start += detector.BatchSize)
        {
            cancellation.ThrowIfCancellationRequested();
            var batch = paths.Skip(start).Take(detector.BatchSize).ToList();
            DetectBatch(batch, load, detector, parallel).CopyTo(results, start);
            Finished(batch.Count);
        }
        return results;
    }

    private static ImageDetections[] DetectBatch(IReadOnlyList<string> paths, Func<string, GrayImage> load, ILabelDetector detector,
        ParallelOptions parallel)
    {
        var results = new ImageDetections[paths.Count];
        var images = new GrayImage?[paths.Count];
        Parallel.For(0, paths.Count, parallel, index =>
        {
            try
            {
                images[index] = load(paths[index]);
            }
            catch (RadAuditException problem)
            {
                results[index] = new ImageDetections(paths[index], 0, 0, [], problem.Message);
            }
        });
        var readable = Enumerable.Range(0, paths.Count).Where(index => images[index] is not null).ToList();
        IReadOnlyList<ImageDetections> found = readable.Count == 0 ? [] : detector.Detect(readable.Select(index => (paths[index], images[index]!)).ToList());
        for (int k = 0; k < readable.Count; k++) results[readable[k]] = found[k];
        return results;
    }
}
