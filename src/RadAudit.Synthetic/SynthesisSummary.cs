namespace RadAudit.Synthetic;

/// <summary>What was written, per split.</summary>
/// <param name="Root">The output folder.</param>
/// <param name="Splits">Counts per split name.</param>
/// <param name="MarkerBoxes">Rows of markers.csv.</param>
/// <param name="Seconds">Wall time of drawing and writing.</param>
public sealed record SynthesisSummary(string Root, IReadOnlyDictionary<string, SplitCounts> Splits, int MarkerBoxes, double Seconds);
