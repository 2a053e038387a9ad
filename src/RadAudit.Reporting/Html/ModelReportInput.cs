using RadAudit.Reporting.Results.Probes;

namespace RadAudit.Reporting.Html;

/// <summary>What the model audit's report shows.</summary>
/// <param name="Results">The model audit's results (verdict included).</param>
/// <param name="ContactSheetPng">The label detector's contact sheet; null when boxes were given.</param>
/// <param name="GeneratedAt">Timestamp printed in the footer; null prints none.</param>
public sealed record ModelReportInput(ModelAuditResults Results, byte[]? ContactSheetPng = null, DateTimeOffset? GeneratedAt = null);
