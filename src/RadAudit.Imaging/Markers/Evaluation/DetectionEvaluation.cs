namespace RadAudit.Imaging.Markers.Evaluation;

/// <summary>The result of comparing predicted label boxes with the truth (`radaudit markers eval`).</summary>
/// <param name="MinimumIoU">The IoU a prediction needs to count as found (0.5).</param>
/// <param name="PerKind">Metrics per kind: a match needs the same kind.</param>
/// <param name="Overall">Metrics over all boxes, matching regardless of kind (a mask does not care about kind).</param>
/// <param name="Coverage">Covered true-label pixels / all true-label pixels, summed over images (NaN without truth).</param>
/// <param name="Images">Per-image results, worst first (see <see cref="DetectionEvaluator"/>).</param>
public sealed record DetectionEvaluation(double MinimumIoU, IReadOnlyList<KindMetrics> PerKind, KindMetrics Overall,
    double Coverage, IReadOnlyList<ImageEvaluation> Images);
