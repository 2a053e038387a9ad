using RadAudit.Core;

namespace RadAudit.Imaging.Markers.Evaluation;

/// <summary>Each scored prediction paired with whether it matched a true box (one-to-one, <see cref="BoxMatcher"/>): what a box
/// score's calibration is measured on.</summary>
public static class ScoredBoxOutcomes
{
    /// <summary>(score, matched) for every prediction that has a score.</summary>
    public static IReadOnlyList<(double Score, bool Matched)> Of(IEnumerable<LabelBox> truth, IEnumerable<LabelBox> predictions,
        double minimumIoU = BoxMatcher.DefaultMinimumIoU)
    {
        var truthByPath = truth.ToLookup(box => box.Path, StringComparer.Ordinal);
        var outcomes = new List<(double, bool)>();
        foreach (var image in predictions.GroupBy(box => box.Path, StringComparer.Ordinal))
        {
            var predicted = image.ToList();
            var matched = BoxMatcher.Match(truthByPath[image.Key].ToList(), predicted, minimumIoU).Select(match => match.Prediction).ToHashSet();
            for (int index = 0; index < predicted.Count; index++)
                if (predicted[index].Score is double score) outcomes.Add((score, matched.Contains(index)));
        }
        return outcomes;
    }
}
