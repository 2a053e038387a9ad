using RadAudit.Core;
using RadAudit.Data.Sets;
using RadAudit.Data.Validation;

namespace RadAudit.Audit.Steps;

/// <summary>Step 1 of an audit: the data layer's validation, saved as RUN/data-check.json; the data set every later
/// step uses is the one returned here (with skip-bad, without the images validation names), with its fingerprint.</summary>
public static class DataCheck
{
    /// <summary>Validates <paramref name="data"/> (decoding and hashing every file); stops with the report's verdict
    /// unless skipping is allowed.</summary>
    public static CheckedData Run(ImageDataSet data, AuditSettings settings, string runFolder, IProgress<ProgressReport>? progress)
    {
        var options = new ValidationOptions(settings.MaxPixels, DecodePixels: true, settings.Workers, HashContent: true);
        var (used, kept, report) = Validate(data, settings.DataPath, options, settings.SkipBad, runFolder, progress);
        if (used.ForSplit(Splits.Train).Records.Count == 0 || used.ForSplit(Splits.Valid).Records.Count == 0)
            throw new RadAuditException($"{settings.DataPath}: an audit needs images in both the train and the valid split.", setting: Settings.Data);
        IReadOnlyList<string?> hashes = report.ContentHashes!;
        return CheckedData.Of(used, kept.Select(index => hashes[index]).ToList());
    }

    /// <summary>Validates <paramref name="data"/> (named <paramref name="dataPath"/> in messages), writes
    /// <c>data-check.json</c> into <paramref name="runFolder"/>, and returns what later steps use.</summary>
    public static ImageDataSet Run(ImageDataSet data, string dataPath, ValidationOptions options, bool skipBad, string runFolder,
        IProgress<ProgressReport>? progress) => Validate(data, dataPath, options, skipBad, runFolder, progress).Used;

    private static (ImageDataSet Used, IReadOnlyList<int> Kept, DataValidationReport Report) Validate(ImageDataSet data, string dataPath,
        ValidationOptions options, bool skipBad, string runFolder, IProgress<ProgressReport>? progress)
    {
        DataValidationReport report = DataValidator.Validate(data, options, progress);
        HashSet<int> bad = skipBad ? report.BadRecordIndices().ToHashSet() : [];
        string reportFile = Path.Combine(runFolder, "data-check.json");
        AtomicFile.WriteText(reportFile, ReportJson.Write(report, bad.Count));
        if (report.Unskippable.Count > 0)
            throw new RadAuditException(
                $"{dataPath}: {report.Unskippable[0]} (see {reportFile}). This concerns no single image, so " +
                $"{Settings.Mention(Settings.SkipBad)} cannot leave it out: fix it.", setting: Settings.Data);
        if (report.HasErrors && !skipBad)
            throw new RadAuditException(
                $"{dataPath}: the data has errors (see {reportFile} or run radaudit data check). " +
                $"Fix them, or use {Settings.Mention(Settings.SkipBad)} to leave the listed images out.", setting: Settings.Data);
        var kept = Enumerable.Range(0, data.Records.Count).Where(index => !bad.Contains(index)).ToList();
        ImageDataSet used = bad.Count == 0 ? data : data.WithRecords(kept.Select(index => data.Records[index]).ToList());
        return (used, kept, report);
    }
}
