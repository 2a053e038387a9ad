using RadAudit.Core;
using RadAudit.Data.Sets;
using RadAudit.Data.Validation;

namespace RadAudit.Data.Readers;

/// <summary>
/// Reads a manifest CSV: a header with at least <c>path,label</c> and optionally <c>study,patient,body_part,split</c>
/// (any order, case-insensitive). Paths are relative to the manifest's folder, which becomes the data root.
/// </summary>
/// <remarks>
/// Labels: <c>1</c>/<c>abnormal</c>/<c>positive</c>, <c>0</c>/<c>normal</c>/<c>negative</c>, empty = unknown.
/// A missing study defaults to the image path (each image its own study); a missing patient defaults to the study,
/// so patient-level checks and splits still never separate the images of one study. Split names are lower-cased.
/// </remarks>
public static class ManifestReader
{
    /// <summary>The file name <see cref="DataSetOpener"/> looks for inside a folder.</summary>
    public const string DefaultFileName = "manifest.csv";

    /// <summary>Reads <paramref name="manifestPath"/>.</summary>
    public static ImageDataSet Read(string manifestPath)
    {
        string fullPath = Path.GetFullPath(manifestPath);
        if (!File.Exists(fullPath))
            throw new RadAuditException($"{manifestPath}: manifest not found. Check the path.");
        using var lines = CsvLines.Read(fullPath, "manifest").GetEnumerator();
        if (!lines.MoveNext() || CsvFields.Split(lines.Current.Text) is not string[] header)
            throw new RadAuditException($"{manifestPath}: empty manifest or unreadable header. Add a header 'path,label' and one row per image.");
        var columns = ManifestColumns.FromHeader(header, fullPath);
        var records = new List<ImageRecord>();
        var problems = new List<DataProblem>();
        while (lines.MoveNext())
        {
            var (line, text) = lines.Current;
            string where = $"{fullPath}:{line}";
            string? problem = "unclosed quote.";
            ImageRecord? record = CsvFields.Split(text) is string[] fields ? columns.ToRecord(fields, out problem) : null;
            if (record is null)
                problems.Add(new DataProblem(DataProblemKind.InvalidRow, where, problem + " The row is skipped; fix it.", []));
            else
                records.Add(record);
        }
        return new ImageDataSet(DataSetKind.Manifest, Path.GetDirectoryName(fullPath)!, fullPath, records, problems);
    }

    /// <summary>Parses a label cell: 1/0, abnormal/normal, positive/negative; empty = unknown. False if unreadable.</summary>
    public static bool TryParseLabel(string text, out int? label)
    {
        label = null;
        switch (text.Trim().ToLowerInvariant())
        {
            case "": return true;
            case "1" or "abnormal" or "positive": label = 1; return true;
            case "0" or "normal" or "negative": label = 0; return true;
            default: return false;
        }
    }
}
