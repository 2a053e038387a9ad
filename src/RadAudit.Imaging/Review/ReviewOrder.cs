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
    /// <see cref="Doubt(IReadOnlyList{LabelBox})"/> refined by the detector's probability that the image carries any
    /// label (<paramref name="labelsPresent"/>; null when the detector gives none). Without boxes the doubt is that
    /// probability (a confident "no label" needs no look first); with boxes it is at least 1 − the probability
    /// (boxes where the detector expects none).
    /// </summary>
    public static double Doubt(IReadOnlyList<LabelBox> detections, double? labelsPresent)
    {
        double doubt = Doubt(detections);
        if (labelsPresent is not double probability) return doubt;
        return detections.Count == 0 ? probability : Math.Max(doubt, 1 - probability);
    }

    /// <summary>The indices of <paramref name="detectionsPerImage"/>, most doubtful first (ties keep input order).</summary>
    public static IReadOnlyList<int> WorstFirst(IReadOnlyList<IReadOnlyList<LabelBox>> detectionsPerImage) =>
        WorstFirst(detectionsPerImage, new double?[detectionsPerImage.Count]);

    /// <summary>
    /// <see cref="WorstFirst(IReadOnlyList{IReadOnlyList{LabelBox}})"/> with each image's labels-present probability
    /// (null where there is none), as <see cref="Doubt(IReadOnlyList{LabelBox}, double?)"/> combines them.
    /// </summary>
    public static IReadOnlyList<int> WorstFirst(IReadOnlyList<IReadOnlyList<LabelBox>> detectionsPerImage, IReadOnlyList<double?> labelsPresent) =>
        Enumerable.Range(0, detectionsPerImage.Count)
            .OrderByDescending(index => Doubt(detectionsPerImage[index], labelsPresent[index])).ToList();
}
