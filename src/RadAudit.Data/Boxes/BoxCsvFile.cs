using System.Globalization;
using System.Text;
using RadAudit.Core;

namespace RadAudit.Data.Boxes;

/// <summary>
/// Reads and writes the box CSV: header <c>path,x,y,width,height,kind[,score]</c>, pixels of the original image,
/// <c>path</c> as the data set names the image, kind one of <see cref="LabelKinds"/>, score in [0, 1] or empty.
/// </summary>
public static class BoxCsvFile
{
    private static readonly string[] RequiredColumns = ["path", "x", "y", "width", "height", "kind"];

    /// <summary>Reads every row; a malformed row throws naming the file, the row and the fix.</summary>
    public static IReadOnlyList<LabelBox> Read(string file)
    {
        Readers.TextFiles.RequireReadableText(file, "box file");
        if (!File.Exists(file))
            throw new RadAuditException($"{file}: box file not found. Check the path (expected a CSV with header path,x,y,width,height,kind[,score]).");
        using var reader = new StreamReader(file, Encoding.UTF8);
        return Read(reader, file);
    }

    /// <summary>Reads rows from <paramref name="text"/>; <paramref name="source"/> names it in errors.</summary>
    public static IReadOnlyList<LabelBox> Read(TextReader text, string source)
    {
        using var rows = CsvRows.Read(text).GetEnumerator();
        if (!rows.MoveNext())
            throw new RadAuditException($"{source}: empty file; expected the header path,x,y,width,height,kind[,score].");
        string[] header = rows.Current.Fields.Select(name => name.Trim().ToLowerInvariant()).ToArray();
        string[] missing = RequiredColumns.Where(column => !header.Contains(column)).ToArray();
        if (missing.Length > 0)
            throw new RadAuditException($"{source}: missing column(s) {string.Join(", ", missing)}; the header must be path,x,y,width,height,kind[,score].");
        var columns = header.Select((name, index) => (name, index)).GroupBy(pair => pair.name).ToDictionary(group => group.Key, group => group.First().index);
        var boxes = new List<LabelBox>();
        while (rows.MoveNext())
        {
            var (line, fields) = rows.Current;
            string where = $"{source} line {line}";
            if (fields.Length != header.Length)
                throw new RadAuditException($"{where}: {fields.Length} fields, the header has {header.Length}. Quote paths that contain commas.");
            boxes.Add(ParseRow(column => columns.TryGetValue(column, out int index) ? fields[index].Trim() : null, where));
        }
        return boxes;
    }

    private static LabelBox ParseRow(Func<string, string?> field, string where)
    {
        string path = ImagePaths.Canonical(field("path") ?? "");
        if (path.Length == 0) throw new RadAuditException($"{where}: empty path. Every box needs the image path as the data set names it.");
        int x = Integer(field, "x", where), y = Integer(field, "y", where);
        int width = Integer(field, "width", where), height = Integer(field, "height", where);
        if (width <= 0 || height <= 0)
            throw new RadAuditException($"{where}: width and height must be positive (got {width}×{height}). Fix or remove the row.");
        string kind = (field("kind") ?? "").ToLowerInvariant();
        if (!LabelKinds.All.Contains(kind))
            throw new RadAuditException($"{where}: unknown kind '{kind}'. Use one of {string.Join(", ", LabelKinds.All)}.");
        return new LabelBox(path, x, y, width, height, kind, Score(field("score"), where));
    }

    private static int Integer(Func<string, string?> field, string column, string where)
    {
        string text = field(column) ?? "";
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)) return value;
        throw new RadAuditException($"{where}: column {column} is '{text}', not a whole number of pixels.");
    }

    private static double? Score(string? text, string where)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double score) && score is >= 0 and <= 1)
            return score;
        throw new RadAuditException($"{where}: score '{text}' is not a number in [0, 1]. Leave it empty for hand-drawn boxes.");
    }

    /// <summary>Writes the boxes atomically; the score column appears when any box has a score.</summary>
    public static void Write(string file, IEnumerable<LabelBox> boxes)
    {
        var list = boxes.ToList();
        AtomicFile.Write(file, stream =>
        {
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            Write(writer, list);
        });
    }

    /// <summary>Writes the boxes to <paramref name="text"/>.</summary>
    public static void Write(TextWriter text, IReadOnlyCollection<LabelBox> boxes)
    {
        bool withScore = boxes.Any(box => box.Score is not null);
        CsvRows.Write(text, withScore ? [.. RequiredColumns, "score"] : RequiredColumns);
        foreach (LabelBox box in boxes)
        {
            var fields = new List<string> { box.Path };
            fields.AddRange(new[] { box.X, box.Y, box.Width, box.Height }.Select(value => value.ToString(CultureInfo.InvariantCulture)));
            fields.Add(box.Kind);
            if (withScore) fields.Add(box.Score?.ToString("R", CultureInfo.InvariantCulture) ?? "");
            CsvRows.Write(text, fields);
        }
    }
}
