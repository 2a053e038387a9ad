namespace RadAudit.Reporting.Html;

/// <summary>One condition's image-level ROC curve on the valid split as a plot series: plain arrays taken from the statistics layer's curve.</summary>
/// <param name="Condition">Condition name (legend label).</param>
/// <param name="FalsePositiveRates">False positive rates (1 − specificity) of the curve's points, ascending, from 0 to 1.</param>
/// <param name="TruePositiveRates">True positive rates (sensitivity) at the same points.</param>
/// <param name="Auc">The curve's area, shown in the legend.</param>
public sealed record RocPlotSeries(string Condition, IReadOnlyList<double> FalsePositiveRates, IReadOnlyList<double> TruePositiveRates, double Auc);
