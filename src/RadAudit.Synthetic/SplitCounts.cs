namespace RadAudit.Synthetic;

/// <summary>Counts of one split.</summary>
/// <param name="Patients">Distinct patients.</param>
/// <param name="Studies">Studies.</param>
/// <param name="AbnormalStudies">Studies labelled 1.</param>
/// <param name="Images">Images.</param>
/// <param name="Confounding">Confounding strength R used for the split.</param>
/// <param name="LabelsOnlyAreaUnderCurve">AUC of the ideal labels-only classifier on this split, (1 + |R|)/2.</param>
public sealed record SplitCounts(int Patients, int Studies, int AbnormalStudies, int Images, double Confounding, double LabelsOnlyAreaUnderCurve);
