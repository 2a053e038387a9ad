namespace RadAudit.Stats.Roc;

/// <summary>One operating point of an ROC curve.</summary>
/// <param name="Threshold">Scores ≥ threshold are called positive (+∞ for the origin point).</param>
/// <param name="FalsePositiveRate">1 − specificity: share of controls with score ≥ threshold.</param>
/// <param name="TruePositiveRate">Sensitivity: share of cases with score ≥ threshold.</param>
public readonly record struct RocPoint(double Threshold, double FalsePositiveRate, double TruePositiveRate);
