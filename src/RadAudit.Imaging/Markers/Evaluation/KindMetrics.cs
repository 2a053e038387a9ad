namespace RadAudit.Imaging.Markers.Evaluation;

/// <summary>Detection quality for one kind of label (or all kinds together).</summary>
/// <param name="Kind">The label kind, or "all" for kind-agnostic matching.</param>
/// <param name="TruePositives">Predictions matched to a true box (IoU ≥ the threshold).</param>
/// <param name="FalsePositives">Predictions matched to nothing.</param>
/// <param name="FalseNegatives">True boxes matched by nothing.</param>
/// <param name="MeanIoU">Mean intersection over union of the matched pairs (NaN when none).</param>
/// <remarks>
/// Precision = TP / (TP + FP), recall = TP / (TP + FN), F1 = their harmonic mean; each is NaN when its
/// denominator is 0 (e.g. precision with no predictions).
/// </remarks>
public sealed record KindMetrics(string Kind, int TruePositives, int FalsePositives, int FalseNegatives, double MeanIoU)
{
    /// <summary>TP / (TP + FP).</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN).</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>2 TP / (2 TP + FP + FN).</summary>
    public double F1 => Ratio(2 * TruePositives, 2 * TruePositives + FalsePositives + FalseNegatives);

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? double.NaN : (double)numerator / denominator;
}
