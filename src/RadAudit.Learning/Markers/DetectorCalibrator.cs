using RadAudit.Core;
using RadAudit.Imaging.Markers.Evaluation;
using RadAudit.Imaging.Markers.Maps;
using RadAudit.Stats.Boosting;
using RadAudit.Stats.Calibration;

namespace RadAudit.Learning.Markers;

/// <summary>
/// Fits the detector's scores on calibration composites drawn in batches (never held all at once): the peak map
/// probability against "the image has a label" (Platt), each single-level box's mean probability against "the box
/// matches a true label at IoU ≥ 0.5" (<see cref="BoxMatcher"/>; Platt), and the box verifier over the candidates of
/// all levels against the same outcome — its trees on the first <see cref="VerifierTreeShare"/> of the composites, its
/// Platt map and calibration error on the rest.
/// </summary>
internal static class DetectorCalibrator
{
    /// <summary>Share of the calibration composites the verifier's trees are fitted on.</summary>
    public const double VerifierTreeShare = 0.75;

    /// <summary>The calibration of <paramref name="detector"/> (whose own calibration is ignored) on <paramref name="count"/> samples.</summary>
    public static LabelDetectorCalibration Fit(LearnedLabelDetector detector, int count, Func<int, DetectorSample> sample, int threads,
        IProgress<ProgressReport>? progress, CancellationToken cancellation)
    {
        var presence = new List<(double Score, bool Outcome)>();
        var boxes = new List<(double Score, bool Outcome)>();
        var treeCandidates = new List<(double[] Features, bool Outcome)>();
        var plattCandidates = new List<(double[] Features, bool Outcome)>();
        int treeImages = (int)Math.Ceiling(VerifierTreeShare * count);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellation };
        for (int start = 0; start < count; start += detector.BatchSize)
        {
            int size = Math.Min(detector.BatchSize, count - start);
            var drawn = new DetectorSample[size];
            Parallel.For(0, size, parallel, k => drawn[k] = sample(start + k));
            var images = drawn.Select((item, k) => ($"calibration/{start + k}", item.Image)).ToList();
            var raw = detector.Raw(images, labels: true, candidates: true);
            for (int k = 0; k < size; k++)
            {
                presence.Add((raw[k].Map.Peak(), drawn[k].Boxes.Count > 0));
                var predicted = raw[k].Labels.Select(label => label.Box).ToList();
                var truth = drawn[k].Boxes.Select(box => box with { Path = images[k].Item1 }).ToList();
                var matched = BoxMatcher.Match(truth, predicted).Select(match => match.Prediction).ToHashSet();
                boxes.AddRange(raw[k].Labels.Select((label, index) => (label.MeanProbability, matched.Contains(index))));
                var target = start + k < treeImages ? treeCandidates : plattCandidates;
                target.AddRange(raw[k].Candidates.Select(candidate =>
                    (candidate.Features, truth.Any(box => BoxMatcher.IntersectionOverUnion(box, candidate.Box) >= BoxMatcher.DefaultMinimumIoU))));
            }
            progress?.Report(new ProgressReport("train-detector: calibrating", start + size, count));
        }
        PlattScaling presenceMap = Fit(presence), boxMap = Fit(boxes);
        return new LabelDetectorCalibration(presenceMap, boxMap, count, Error(presence, presenceMap), Error(boxes, boxMap), Verifier(treeCandidates, plattCandidates));
    }

    /// <summary>The verifier, or null when either part of the composites holds no candidate of both outcomes (too few images).</summary>
    private static LabelBoxVerifier? Verifier(List<(double[] Features, bool Outcome)> treeCandidates, List<(double[] Features, bool Outcome)> plattCandidates)
    {
        bool BothOutcomes(List<(double[] Features, bool Outcome)> candidates) =>
            candidates.Any(candidate => candidate.Outcome) && candidates.Any(candidate => !candidate.Outcome);
        if (!BothOutcomes(treeCandidates) || !BothOutcomes(plattCandidates)) return null;
        BoostedTrees trees = BoostedTreesFit.Fit(treeCandidates.Select(candidate => candidate.Features).ToList(),
            treeCandidates.Select(candidate => candidate.Outcome).ToList(), LabelBoxVerifier.TreeOptions);
        var scored = plattCandidates.Select(candidate => (trees.Probability(candidate.Features), candidate.Outcome)).ToList();
        PlattScaling map = Fit(scored);
        return new LabelBoxVerifier(LabelCandidateFeatures.Names, trees, map, treeCandidates.Count, plattCandidates.Count, Error(scored, map));
    }

    private static PlattScaling Fit(List<(double Score, bool Outcome)> pairs) =>
        PlattScaling.Fit(pairs.Select(pair => pair.Score).ToList(), pairs.Select(pair => pair.Outcome).ToList());

    private static double Error(List<(double Score, bool Outcome)> pairs, PlattScaling map) =>
        ExpectedCalibrationError.Of(pairs.Select(pair => map.Apply(pair.Score)).ToList(), pairs.Select(pair => pair.Outcome).ToList());
}
