using RadAudit.Core;

namespace RadAudit.Imaging.Markers.Evaluation;

/// <summary>Compares predicted label boxes with true ones: precision, recall, F1, mean IoU, coverage, worst images.</summary>
public static class DetectionEvaluator
{
    /// <summary>
    /// Evaluates over the union of images in both lists. Images are ordered worst first: lowest coverage, then most
    /// missed + spurious boxes, then path.
    /// </summary>
    public static DetectionEvaluation Evaluate(IEnumerable<LabelBox> truth, IEnumerable<LabelBox> predictions,
        double minimumIoU = BoxMatcher.DefaultMinimumIoU)
    {
        var truthByPath = ByPath(truth);
        var predictedByPath = ByPath(predictions);
        var paths = truthByPath.Keys.Union(predictedByPath.Keys).Order(StringComparer.Ordinal).ToList();
        var kinds = truthByPath.Values.Concat(predictedByPath.Values).SelectMany(list => list).Select(box => box.Kind)
            .Distinct().OrderBy(kind => LabelKinds.All.ToList().IndexOf(kind)).ToList();
        var perKind = kinds.ToDictionary(kind => kind, kind => new Tally(kind));
        var overall = new Tally("all");
        var images = new List<ImageEvaluation>();
        long covered = 0, total = 0;
        foreach (string path in paths)
        {
            var trueBoxes = truthByPath.GetValueOrDefault(path) ?? [];
            var predictedBoxes = predictedByPath.GetValueOrDefault(path) ?? [];
            int matched = overall.Add(trueBoxes, predictedBoxes, minimumIoU);
            foreach (string kind in kinds)
                perKind[kind].Add(trueBoxes.Where(box => box.Kind == kind).ToList(), predictedBoxes.Where(box => box.Kind == kind).ToList(), minimumIoU);
            var (imageCovered, imageTotal) = LabelCoverage.Count(trueBoxes, predictedBoxes);
            covered += imageCovered;
            total += imageTotal;
            images.Add(new ImageEvaluation(path, trueBoxes.Count, predictedBoxes.Count, matched,
                imageTotal == 0 ? double.NaN : (double)imageCovered / imageTotal));
        }
        var worstFirst = images.OrderBy(image => double.IsNaN(image.Coverage) ? 1.0 : image.Coverage)
            .ThenByDescending(image => image.Missed + image.Spurious).ThenBy(image => image.Path, StringComparer.Ordinal).ToList();
        return new DetectionEvaluation(minimumIoU, kinds.Select(kind => perKind[kind].Metrics()).ToList(), overall.Metrics(),
            total == 0 ? double.NaN : (double)covered / total, worstFirst);
    }

    private static Dictionary<string, List<LabelBox>> ByPath(IEnumerable<LabelBox> boxes) =>
        boxes.GroupBy(box => box.Path, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal);

    private sealed class Tally(string kind)
    {
        private int _truePositives, _falsePositives, _falseNegatives;
        private double _iouSum;

        public int Add(IReadOnlyList<LabelBox> truth, IReadOnlyList<LabelBox> predictions, double minimumIoU)
        {
            var matches = BoxMatcher.Match(truth, predictions, minimumIoU);
            _truePositives += matches.Count;
            _falsePositives += predictions.Count - matches.Count;
            _falseNegatives += truth.Count - matches.Count;
            _iouSum += matches.Sum(match => match.IoU);
            return matches.Count;
        }

        public KindMetrics Metrics() => new(kind, _truePositives, _falsePositives, _falseNegatives,
            _truePositives == 0 ? double.NaN : _iouSum / _truePositives);
    }
}
