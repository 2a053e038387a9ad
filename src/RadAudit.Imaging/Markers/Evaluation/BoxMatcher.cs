using RadAudit.Core;

namespace RadAudit.Imaging.Markers.Evaluation;

/// <summary>One-to-one matching of predicted to true boxes of one image by intersection over union.</summary>
public static class BoxMatcher
{
    /// <summary>The usual detection threshold: a prediction counts when IoU ≥ 0.5.</summary>
    public const double DefaultMinimumIoU = 0.5;

    /// <summary>Intersection over union of two boxes (0 when disjoint).</summary>
    public static double IntersectionOverUnion(LabelBox a, LabelBox b)
    {
        long intersection = IntersectionArea(a, b);
        return intersection == 0 ? 0 : (double)intersection / (a.Area + b.Area - intersection);
    }

    /// <summary>Pixels shared by two boxes.</summary>
    public static long IntersectionArea(LabelBox a, LabelBox b)
    {
        long width = Math.Min(a.Right, b.Right) - Math.Max(a.X, b.X);
        long height = Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Y, b.Y);
        return width > 0 && height > 0 ? width * height : 0;
    }

    /// <summary>
    /// Pairs (truth index, prediction index, IoU) with IoU ≥ <paramref name="minimumIoU"/>, each box in at most one
    /// pair, chosen greedily by highest IoU first (ties by lower indices, so the result is deterministic).
    /// </summary>
    public static List<(int Truth, int Prediction, double IoU)> Match(IReadOnlyList<LabelBox> truth, IReadOnlyList<LabelBox> predictions,
        double minimumIoU = DefaultMinimumIoU)
    {
        var candidates = new List<(int Truth, int Prediction, double IoU)>();
        for (int t = 0; t < truth.Count; t++)
            for (int p = 0; p < predictions.Count; p++)
            {
                double iou = IntersectionOverUnion(truth[t], predictions[p]);
                if (iou >= minimumIoU && iou > 0) candidates.Add((t, p, iou));
            }
        candidates.Sort((a, b) => b.IoU != a.IoU ? b.IoU.CompareTo(a.IoU) : a.Truth != b.Truth ? a.Truth.CompareTo(b.Truth) : a.Prediction.CompareTo(b.Prediction));
        var usedTruth = new HashSet<int>();
        var usedPrediction = new HashSet<int>();
        var matches = new List<(int, int, double)>();
        foreach (var candidate in candidates)
            if (usedTruth.Add(candidate.Truth))
            {
                if (usedPrediction.Add(candidate.Prediction)) matches.Add(candidate);
                else usedTruth.Remove(candidate.Truth);
            }
        return matches;
    }
}
