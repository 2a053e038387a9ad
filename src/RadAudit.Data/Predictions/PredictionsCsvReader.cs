using System.Globalization;
using CsvHelper;
using RadAudit.Core;

namespace RadAudit.Data.Predictions;

/// <summary>
/// Reads a predictions CSV: header <c>path,label,score</c> plus optional <c>study,patient,body_part</c> (any order;
/// other columns are ignored). Every data row becomes a <see cref="PredictionRecord"/> or a
/// <see cref="RadAuditException"/> naming the file, line and fix: nothing is dropped silently.
/// </summary>
/// <remarks>
/// label: <c>1</c> abnormal, <c>0</c> normal, empty = unknown (kept, later skipped and counted by the statistics).
/// score: a number in [0, 1] in invariant culture; NaN, infinities, text and out-of-range values are rejected.
/// A path may appear only once. Spaces and tabs around values are trimmed.
/// </remarks>
public static class PredictionsCsvReader
{
    /// <summary>Reads every row of <paramref name="path"/>.</summary>
    /// <exception cref="RadAuditException">The file is missing, lacks a required column, or a row is invalid.</exception>
    public static IReadOnlyList<PredictionRecord> Read(string path)
    {
        if (!File.Exists(path))
            throw new RadAuditException($"{path}: file not found; pass a predictions CSV written by 'radaudit predict'.");
        using var text = new StreamReader(path);
        return Read(text, path);
    }

    /// <summary>Reads rows from <paramref name="text"/>; <paramref name="source"/> names it in errors.</summary>
    public static IReadOnlyList<PredictionRecord> Read(TextReader text, string source)
    {
        using CsvReader csv = CsvReader.Create(text, Options, leaveOpen: true);
        var records = new List<PredictionRecord>();
        var seenPaths = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            if (csv.Headers.Count == 0)
                throw new RadAuditException($"{source}: empty file; expected the header '{string.Join(',', PredictionsCsvColumns.All)}'.");
            ColumnIndex columns = ColumnIndex.From(csv.Headers, source);
            while (csv.Read())
            {
                PredictionRecord record = ParseRow(csv, columns, source);
                if (!seenPaths.Add(record.Path))
                    throw Problem(source, csv, $"path '{record.Path}' appears a second time; each image must appear once.");
                records.Add(record);
            }
        }
        catch (CsvFormatException problem)
        {
            throw new RadAuditException($"{source} line {problem.LineNumber}: malformed CSV ({problem.Message}); fix the quoting or the number of fields.", inner: problem);
        }
        return records;
    }

    // A fixed comma (never guessed), strict quoting and field counts: a damaged file fails loudly at its line.
    private static CsvReaderOptions Options => new()
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        TrimWhitespace = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Throw,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private static PredictionRecord ParseRow(CsvReader csv, ColumnIndex columns, string source)
    {
        string path = csv.GetString(columns.Path) ?? "";
        if (path.Length == 0) throw Problem(source, csv, "empty path; every row needs the image path.");
        return new PredictionRecord(path, ParseLabel(csv, columns.Label, source), ParseScore(csv, columns.Score, source),
            Optional(csv, columns.Study), Optional(csv, columns.Patient), Optional(csv, columns.BodyPart));
    }

    private static int? ParseLabel(CsvReader csv, int column, string source) => (csv.GetString(column) ?? "").Trim() switch
    {
        "" => null,
        "0" => 0,
        "1" => 1,
        var other => throw Problem(source, csv, $"label '{other}' is not 0, 1 or empty (unknown)."),
    };

    private static double ParseScore(CsvReader csv, int column, string source)
    {
        string text = (csv.GetString(column) ?? "").Trim();
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double score) || !double.IsFinite(score))
            throw Problem(source, csv, $"score '{text}' is not a finite number; write the probability of abnormal, e.g. 0.83.");
        if (score is < 0 or > 1)
            throw Problem(source, csv, $"score {text} is outside [0, 1]; the score column holds the probability of abnormal.");
        return score;
    }

    private static string Optional(CsvReader csv, int column) => column < 0 ? "" : (csv.GetString(column) ?? "").Trim();

    private static RadAuditException Problem(string source, CsvReader csv, string what)
        => new($"{source} line {csv.LineNumber}: {what}");
}
