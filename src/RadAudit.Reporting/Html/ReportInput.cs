using RadAudit.Reporting.Results;

namespace RadAudit.Reporting.Html;

/// <summary>Everything the HTML report shows; plain data so the audit (or a test) can build it from anything.</summary>
/// <param name="Results">The audit's results (verdict included).</param>
/// <param name="RocCurves">Image-level ROC curves, one per condition (first seed).</param>
/// <param name="Gallery">The same valid images for every condition.</param>
/// <param name="ContactSheetPng">The label detector's contact sheet; null when boxes were given.</param>
/// <param name="GeneratedAt">Timestamp printed in the footer; null prints none (keeps the file reproducible).</param>
public sealed record ReportInput(
    AuditResults Results,
    IReadOnlyList<RocPlotSeries> RocCurves,
    IReadOnlyList<GalleryImage> Gallery,
    byte[]? ContactSheetPng = null,
    DateTimeOffset? GeneratedAt = null);
