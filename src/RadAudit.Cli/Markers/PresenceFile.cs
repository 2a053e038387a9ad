using System.Globalization;
using System.Text;
using RadAudit.Core;
using RadAudit.Imaging.Markers;

namespace RadAudit.Cli.Markers;

/// <summary>
/// Per-image results of a detection run (<c>markers detect --presence FILE</c>): header
/// <c>path,labels_present,boxes</c>, the calibrated probability that the image carries a label (empty for the rule-based
/// detector) and the boxes reported. Paths are written as the box CSV writes them (quoted when they hold a comma).
/// </summary>
internal static class PresenceFile
{
    /// <summary>The header line.</summary>
    public const string Header = "path,labels_present,boxes";

    /// <summary>Writes one row per searched image, atomically.</summary>
    public static void Write(string file, IEnumerable<ImageDetections> results)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (ImageDetections result in results.Where(result => result.Problem is null))
            text.Append(string.Create(CultureInfo.InvariantCulture, $"{Quote(result.Path)},{result.LabelsPresent?.ToString("R", CultureInfo.InvariantCulture)},{result.Boxes.Count}\n"));
        AtomicFile.WriteText(file, text.ToString());
    }

    /// <summary>(path, probability) for every row that has one.</summary>
    /// <exception cref="RadAuditException">Missing file or a malformed row (names the file, the line and the fix).</exception>
    public static IReadOnlyList<(string Path, double LabelsPresent)> Read(string file)
    {
        if (!File.Exists(file)) throw new RadAuditException($"{file}: presence file not found; write one with `radaudit markers detect --presence FILE`.");
        var rows = new List<(string, double)>();
        int line = 0;
        foreach (string row in File.ReadLines(file))
        {
            if (++line == 1 || row.Length == 0) continue;
            int last = row.LastIndexOf(','), middle = row.LastIndexOf(',', Math.Max(0, last - 1));
            if (middle <= 0) throw new RadAuditException($"{file} line {line}: expected {Header}.");
            string value = row[(middle + 1)..last];
            if (value.Length == 0) continue;
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double probability) || probability is < 0 or > 1)
                throw new RadAuditException($"{file} line {line}: labels_present '{value}' is not a probability in [0, 1].");
            rows.Add((Unquote(row[..middle]), probability));
        }
        return rows;
    }

    private static string Quote(string path) => path.Contains(',') || path.Contains('"') ? $"\"{path.Replace("\"", "\"\"")}\"" : path;

    private static string Unquote(string field) => field.Length >= 2 && field[0] == '"' ? field[1..^1].Replace("\"\"", "\"") : field;
}
