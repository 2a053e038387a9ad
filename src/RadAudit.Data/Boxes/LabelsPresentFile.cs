using System.Globalization;
using System.Text;
using RadAudit.Core;

namespace RadAudit.Data.Boxes;

/// <summary>
/// The optional per-image sidecar of a box file, <c>boxes.csv.images.csv</c> with header
/// <c>path,labels_present</c>: a detector's probability in [0, 1] that the image carries any burned-in label. Box
/// files have no per-image field, so a detector that estimates this writes it beside them; the review puts images
/// whose boxes disagree with it first. The learned detector (`markers detect`, the audit's detection) writes it; the
/// rule-based one writes none.
/// </summary>
public static class LabelsPresentFile
{
    /// <summary>What is appended to a box file's name to name its sidecar.</summary>
    public const string Suffix = ".images.csv";

    /// <summary>The sidecar of <paramref name="boxesFile"/>.</summary>
    public static string PathFor(string boxesFile) => boxesFile + Suffix;

    /// <summary>Writes <paramref name="file"/> atomically, one row per image.</summary>
    public static void Write(string file, IEnumerable<(string Path, double LabelsPresent)> images)
    {
        var text = new StringBuilder("path,labels_present\n");
        foreach (var (path, probability) in images)
            text.Append(Quote(path)).Append(',').Append(probability.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        AtomicFile.WriteText(file, text.ToString());
    }

    /// <summary>The probabilities by path in the sidecar of <paramref name="boxesFile"/>; empty when it has none.</summary>
    public static IReadOnlyDictionary<string, double> ReadBeside(string boxesFile)
    {
        string file = PathFor(boxesFile);
        if (!File.Exists(file)) return new Dictionary<string, double>(StringComparer.Ordinal);
        using var reader = new StreamReader(file, Encoding.UTF8);
        return Read(reader, file);
    }

    /// <summary>Reads <c>path,labels_present</c> rows; <paramref name="source"/> names the text in errors.</summary>
    public static IReadOnlyDictionary<string, double> Read(TextReader text, string source)
    {
        var probabilities = new Dictionary<string, double>(StringComparer.Ordinal);
        using var rows = CsvRows.Read(text).GetEnumerator();
        string[] header = rows.MoveNext() ? rows.Current.Fields.Select(name => name.Trim().ToLowerInvariant()).ToArray() : [];
        int pathColumn = Array.IndexOf(header, "path"), probabilityColumn = Array.IndexOf(header, "labels_present");
        if (pathColumn < 0 || probabilityColumn < 0)
            throw new RadAuditException($"{source}: the header must be path,labels_present. Fix the header or delete the file.");
        while (rows.MoveNext())
        {
            var (line, fields) = rows.Current;
            string value = fields.Length == header.Length ? fields[probabilityColumn].Trim() : "";
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double probability) || probability is < 0 or > 1)
                throw new RadAuditException($"{source} line {line}: labels_present '{value}' is not a probability in [0, 1]. Fix or remove the row.");
            probabilities[fields[pathColumn].Trim()] = probability;
        }
        return probabilities;
    }

    // Paths are quoted as the box CSV quotes them (a comma or a quote inside).
    private static string Quote(string path) => path.Contains(',') || path.Contains('"') ? $"\"{path.Replace("\"", "\"\"")}\"" : path;
}
