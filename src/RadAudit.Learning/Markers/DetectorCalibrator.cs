using RadAudit.Core;
using RadAudit.Imaging.Markers.Evaluation;
using RadAudit.Stats.Calibration;

namespace RadAudit.Learning.Markers;

/// <summary>
/// Fits the detector's two Platt maps on calibration composites drawn in batches (never held all at once): the
/// peak map probability against "the image has a label", and each box's mean probability against "the box matches a
/// true label at IoU ≥ 0.5" (<see cref="BoxMatcher"/>).
/// </summary>
internal static class DetectorCalibrator
{
    /// <summary>The calibration of <paramref name="detector"/> (whose own calibration is ignored) on <paramref name="count"/> samples.</summary>
    public static LabelDetectorCalibration Fit(LearnedLabelDetector detector, int count, Func<int, DetectorSample> sample, int threads,
        IProgress<ProgressReport>? progress, CancellationToken cancellation)
    {
        var presence = new List<(double Score, bool Outcome)>();
        var boxes = new List<(double Score, bool Outcome)>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellation };
        for (int start = 0; start < count; start += detector.BatchSize)
        {
            int size = Math.Min(detector.BatchSize, count - start);
            var drawn = new DetectorSample[size];
            Parallel.For(0, size, parallel, k => drawn[k] = sample(start + k));
            var images = drawn.Select((item, k) => ($"calibration/{start + k}", item.Image)).ToList();
            var raw = detector.Raw(images);
            for (int k = 0; k < size; k++)
            {
                presence.Add((raw[k].Map.Peak(), drawn[k].Boxes.Count > 0));
                var predicted = raw[k].Labels.Select(label => label.Box).ToList();
                var truth = drawn[k].Boxes.Select(box => box with { Path = images[k].Item1 }).ToList();
                var matched = BoxMatcher.Match(truth, predicted).Select(match => match.Prediction).ToHashSet();
                boxes.AddRange(raw[k].Labels.Select((label, index) => (label.MeanProbability, matched.Contains(index))));
            }
            progress?.Report(new ProgressReport("train-detector: calibrating", start + size, count));
        }
        PlattScaling presenceMap = Fit(presence), boxMap = Fit(boxes);
        return new LabelDetectorCalibration(presenceMap, boxMap, count, Error(presence, presenceMap), Error(boxes, boxMap));
    }

    private static PlattScaling Fit(List<(double Score, bool Outcome)> pairs) =>
        PlattScaling.Fit(pairs.Select(pair => pair.Score).ToList(), pairs.Select(pair => pair.Outcome).ToList());

    private static double Error(List<(double Score, bool Outcome)> pairs, PlattScaling map) =>
        ExpectedCalibrationError.Of(pairs.Select(pair => map.Apply(pair.Score)).ToList(), pairs.Select(pair => pair.Outcome).ToList());
}
