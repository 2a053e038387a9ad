namespace RadAudit.Reporting.Results;

/// <summary>One seed's AUC difference in a paired comparison (<c>comparisons.&lt;name&gt;.seeds[]</c>).</summary>
/// <param name="Seed">The seed both models were trained with.</param>
/// <param name="Difference">AUC(condition) − AUC(baseline) for this seed's pair of models.</param>
/// <param name="P">Two-sided paired DeLong p-value for this seed.</param>
/// <param name="Se">Paired DeLong standard error of this seed's difference (the test images' part of its variation).</param>
public sealed record SeedDifference(int Seed, double Difference, double P, double Se = double.NaN);
