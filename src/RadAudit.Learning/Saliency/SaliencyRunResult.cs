using RadAudit.Stats.Attention;

namespace RadAudit.Learning.Saliency;

/// <summary>What a <see cref="SaliencyRun"/> produced.</summary>
/// <param name="Summary">The label-attention summary (also in summary.json).</param>
/// <param name="CsvPath">Path of saliency.csv.</param>
/// <param name="SummaryPath">Path of summary.json.</param>
/// <param name="Overlays">How many overlay PNGs were written.</param>
public sealed record SaliencyRunResult(LabelAttentionSummary Summary, string CsvPath, string SummaryPath, int Overlays);
