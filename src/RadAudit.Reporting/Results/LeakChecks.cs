namespace RadAudit.Reporting.Results;

/// <summary>
/// <c>leak_checks</c>: whether what the labels-only model finds could come from something other than what the labels
/// say (issue #21) — where and how large the boxes are (the labels-geometry control), or what lies under them (the
/// boxes' background brightness), or the exposure.
/// </summary>
/// <param name="BoxStatistics">Simple box statistics of the valid images against their class.</param>
/// <param name="LabelsGeometryVsChance">The labels-geometry model against chance; null when it was not trained.</param>
public sealed record LeakChecks(IReadOnlyList<BoxStatistic> BoxStatistics, ChanceComparison? LabelsGeometryVsChance);
