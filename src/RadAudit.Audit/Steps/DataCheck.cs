using RadAudit.Core;
using RadAudit.Data.Sets;
using RadAudit.Data.Validation;

namespace RadAudit.Audit.Steps;

/// <summary>Step 1 of an audit: the data layer's validation, saved as RUN/data-check.json; the data set every later
/// step uses is the one returned here (with skip-bad, without the images validation names).</summary>
public static class DataCheck
{
    /// <summary>Validates <paramref name="data"/>; stops with the report's verdict unless skipping is allowed.</summary>
    public static ImageDataSet Run(ImageDataSet data, AuditSettings settings, string runFolder, IProgress<ProgressReport>? progress)
    {
        var options = new ValidationOptions(settings.MaxPixels, DecodePixels: true, settings.Workers);
        DataValidationReport report = DataValidator.Validate(data, options, progress);
        HashSet<int> bad = settings.SkipBad ? report.BadRecordIndices().ToHashSet() : [];
        string reportFile = Path.Combine(runFolder, "data-check.json");
        AtomicFile.WriteText(reportFile, ReportJson.Write(report, bad.Count));
        if (report.HasErrors && !settings.SkipBad)
            throw new RadAuditException(
                $"{settings.DataPath}: the data has errors (see {reportFile} or run radaudit data check). " +
                $"Fix them, or use {Settings.Mention(Settings.SkipBad)} to leave the listed images out.", setting: Settings.Data);
        ImageDataSet used = bad.Count == 0 ? data : data.WithRecords(data.Records.Where((_, index) => !bad.Contains(index)).ToList());
        if (used.ForSplit(Splits.Train).Records.Count == 0 || used.ForSplit(Splits.Valid).Records.Count == 0)
            throw new RadAuditException($"{settings.DataPath}: an audit needs images in both the train and the valid split.", setting: Settings.Data);
        return used;
    }
}
