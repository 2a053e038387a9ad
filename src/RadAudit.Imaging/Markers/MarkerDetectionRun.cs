using RadAudit.Core;

namespace RadAudit.Imaging.Markers;

/// <summary>Runs a <see cref="MarkerDetector"/> over many images in parallel, reporting progress.</summary>
public static class MarkerDetectionRun
{
    /// <summary>
    /// Detects labels in every image of <paramref name="paths"/> (results in input order). <paramref name="load"/>
    /// decodes an image by its path; a <see cref="RadAuditException"/> from it marks that image skipped with the
    /// message as reason (counted, never dropped silently).
    /// </summary>
    public static IReadOnlyList<ImageDetections> Detect(IReadOnlyList<string> paths, Func<string, GrayImage> load,
        MarkerDetector detector, IProgress<ProgressReport>? progress = null, int maxParallelism = -1,
        CancellationToken cancellation = default)
    {
        var results = new ImageDetections[paths.Count];
        long done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = maxParallelism, CancellationToken = cancellation };
        Parallel.For(0, paths.Count, parallel, index =>
        {
            results[index] = DetectOne(paths[index], load, detector);
            long finished = Interlocked.Increment(ref done);
            if (finished % 64 == 0 || finished == paths.Count)
                progress?.Report(new ProgressReport("markers detect", finished, paths.Count));
        });
        return results;
    }

    private static ImageDetections DetectOne(string path, Func<string, GrayImage> load, MarkerDetector detector)
    {
        try
        {
            GrayImage image = load(path);
            return new ImageDetections(path, image.Width, image.Height, detector.Detect(image, path));
        }
        catch (RadAuditException problem)
        {
            return new ImageDetections(path, 0, 0, [], problem.Message);
        }
    }
}
