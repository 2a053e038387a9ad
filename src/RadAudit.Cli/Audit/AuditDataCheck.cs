using RadAudit.Core;
using RadAudit.Data.Sets;
using RadAudit.Data.Validation;

namespace RadAudit.Cli.Audit;

/// <summary>Step 1 of an audit: the data layer's validation, saved as RUN/data-check.json.</summary>
public static class AuditDataCheck
{
    /// <summary>Validates the data; stops with the report's first problems unless skipping is allowed.</summary>
    public static ImageDataSet Run(AuditSettings settings, string runFolder, IProgress<ProgressReport>? progress)
    {
        ImageDataSet data = DataSetOpener.Open(settings.DataPath);
        var options = new ValidationOptions(RadAudit.Imaging.ImageCodec.DefaultMaxPixels, DecodePixels: true, settings.Workers);
        DataValidationReport report = DataValidator.Validate(data, options, progress);
        int skipped = settings.SkipBad ? report.BadRecordIndices().Count : 0;
        AtomicFile.WriteText(Path.Combine(runFolder, "data-check.json"), ReportJson.Write(report, skipped));
        if (report.HasErrors && !settings.SkipBad)
            throw new RadAuditException(
                $"{settings.DataPath}: the data has errors (see {Path.Combine(runFolder, "data-check.json")} or run radaudit data check). " +
                "Fix them, or pass --skip-bad to leave the listed images out.");
        if (data.ForSplit(Splits.Train).Records.Count == 0 || data.ForSplit(Splits.Valid).Records.Count == 0)
            throw new RadAuditException($"{settings.DataPath}: an audit needs images in both the train and the valid split.");
        return data;
    }
}
