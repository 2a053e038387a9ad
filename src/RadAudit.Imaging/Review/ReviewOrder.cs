using RadAudit.Core;

namespace RadAudit.Imaging.Review;

/// <summary>Which detections a person should look at first.</summary>
public static class ReviewOrder
{
    /// <summary>
    /// How doubtful an image's detections are, in [0, 1], higher = look first: 1 with no detection (a missed
    /// marker is the costly error for masking), else 1 − the lowest score, raised to at least 0.5 when more than
    /// three labels were found (likely false alarms).
    /// </summary>
    public static double Doubt(IReadOnlyList<LabelBox> detections)
    {
        if (detections.Count == 0) return 1;
        double doubt = 1 - detections.Min(box => box.Score ?? 1);
        return detections.Count > 3 ? Math.Max(doubt, 0.5) : doubt;
    }

    /// <summary>
    /// As <see cref="Doubt(IReadOnlyList{LabelBox})"/>, except that an image without a box is as doubtful as its
    /// detector's probability that it carries a label (<paramref name="labelsPresent"/>; null = 1): the images most
    /// likely missed come first, and a blank image the detector is sure about sinks.
    /// </summary>
    public static double Doubt(IReadOnlyList<LabelBox> detections, double? labelsPresent) =>
        detections.Count == 0 ? labelsPresent ?? 1 : Doubt(detections);

    /// <summary>The indices of <paramref name="detectionsPerImage"/>, most doubtful first (ties keep input order).</summary>
    public static IReadOnlyList<int> WorstFirst(IReadOnlyList<IReadOnlyList<LabelBox>> detectionsPerImage) =>
        Enumerable.Range(0, detectionsPerImage.Count).OrderByDescending(index => Doubt(detectionsPerImage[index])).ToList();
}
