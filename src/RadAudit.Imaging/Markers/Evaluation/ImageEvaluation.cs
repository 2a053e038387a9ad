namespace RadAudit.Imaging.Markers.Evaluation;

/// <summary>Detection quality in one image.</summary>
/// <param name="Path">The image.</param>
/// <param name="TruthCount">True boxes.</param>
/// <param name="PredictedCount">Predicted boxes.</param>
/// <param name="Matched">Pairs matched at the IoU threshold, kinds ignored.</param>
/// <param name="Coverage">Fraction of true-label pixels inside predicted boxes; NaN when the image has no true box.</param>
public sealed record ImageEvaluation(string Path, int TruthCount, int PredictedCount, int Matched, double Coverage)
{
    /// <summary>True boxes not found.</summary>
    public int Missed => TruthCount - Matched;

    /// <summary>Predictions that match nothing.</summary>
    public int Spurious => PredictedCount - Matched;
}
