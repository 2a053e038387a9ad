using System.Globalization;
using CsvHelper;
using RadAudit.Core;

namespace RadAudit.Data.Predictions;

/// <summary>
/// Writes a predictions CSV with all six columns (<c>path,label,score,study,patient,body_part</c>), scores in
/// round-trip form so a reread gives the same doubles. The file appears complete or not at all (temp + rename).
/// </summary>
public static class PredictionsCsvWriter
{
    /// <summary>Writes <paramref name="records"/> to <paramref name="path"/>, replacing any existing file atomically.</summary>
    /// <exception cref="RadAuditException">A score is not finite (naming the record).</exception>
    public static void Write(string path, IEnumerable<PredictionRecord> records)
    {
        AtomicFile.Write(path, stream =>
        {
            using var text = new StreamWriter(stream, leaveOpen: true);
            Write(text, records, path);
        });
    }

    /// <summary>Writes the CSV text to <paramref name="text"/>; <paramref name="destination"/> names it in errors.</summary>
    public static void Write(TextWriter text, IEnumerable<PredictionRecord> records, string destination)
    {
        using CsvWriter csv = CsvWriter.Create(text, new CsvWriterOptions { NewLine = "\n", FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true);
        foreach (string column in PredictionsCsvColumns.All) csv.WriteField(column);
        csv.EndRecord();
        int row = 0;
        foreach (PredictionRecord record in records)
        {
            row++;
            if (!double.IsFinite(record.Score))
                throw new RadAuditException($"{destination}: record {row} ('{record.Path}') has score {record.Score}; only finite scores can be written.");
            csv.WriteField(record.Path);
            csv.WriteField(record.Label?.ToString(CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(record.Score.ToString("R", CultureInfo.InvariantCulture));
            csv.WriteField(record.Study);
            csv.WriteField(record.Patient);
            csv.WriteField(record.BodyPart);
            csv.EndRecord();
        }
        csv.Flush();
    }
}
