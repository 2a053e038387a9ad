using RadAudit.Core;
using RadAudit.Data.Sets;

namespace RadAudit.Data.Validation;

/// <summary>
/// What every verb that reads data calls: validate, then either stop with the report
/// (<see cref="DataValidationException"/>) or, with skip-bad, drop exactly the records the errors name; errors that
/// name no record it could drop (<see cref="DataValidationReport.Unskippable"/>) stop it either way.
/// </summary>
public static class DataGate
{
    /// <summary>Validates <paramref name="data"/> and returns the records to use.</summary>
    /// <param name="data">The opened data set.</param>
    /// <param name="options">Validation depth and pixel cap.</param>
    /// <param name="skipBad">True drops the bad records instead of throwing.</param>
    /// <param name="progress">Progress of the file checks.</param>
    /// <param name="cancellation">Stops the checks.</param>
    public static GatedDataSet Pass(ImageDataSet data, ValidationOptions options, bool skipBad,
        IProgress<ProgressReport>? progress = null, CancellationToken cancellation = default)
    {
        DataValidationReport report = DataValidator.Validate(data, options, progress, cancellation);
        if (!report.HasErrors) return new GatedDataSet(data, report, 0);
        if (!skipBad || report.Unskippable.Count > 0) throw new DataValidationException(report);
        var bad = report.BadRecordIndices().ToHashSet();
        var kept = data.Records.Where((_, index) => !bad.Contains(index)).ToList();
        return new GatedDataSet(data.WithRecords(kept), report, bad.Count);
    }
}
