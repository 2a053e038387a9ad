using RadAudit.Data.Sets;

namespace RadAudit.Data.Validation;

/// <summary>The data a verb may use after <see cref="DataGate"/>, with the report and what was skipped.</summary>
/// <param name="Data">The kept records (all of them when there was no error).</param>
/// <param name="Report">The full validation report.</param>
/// <param name="SkippedImages">Records dropped by --skip-bad (unreadable CSV rows are in <see cref="DataValidationReport.SkippedRows"/>).</param>
public sealed record GatedDataSet(ImageDataSet Data, DataValidationReport Report, int SkippedImages);
