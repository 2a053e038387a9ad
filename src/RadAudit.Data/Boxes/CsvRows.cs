using System.Text;

namespace RadAudit.Data.Boxes;

/// <summary>
/// Minimal RFC 4180 reading and writing (quoted fields, doubled quotes, commas and newlines inside quotes) for
/// the box CSV, whose paths may contain commas.
/// </summary>
internal static class CsvRows
{
    /// <summary>Yields (1-based line number where the row starts, fields) for every non-empty row.</summary>
    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, rowStart = 1, next;
        bool quoted = false, any = false;
        while ((next = reader.Read()) != -1)
        {
            char c = (char)next;
            if (quoted)
            {
                if (c == '"' && reader.Peek() == '"') { field.Append('"'); reader.Read(); }
                else if (c == '"') quoted = false;
                else { if (c == '\n') line++; field.Append(c); }
                continue;
            }
            switch (c)
            {
                case '"': quoted = true; any = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); any = true; break;
                case '\r': break;
                case '\n':
                    if (any || field.Length > 0) { fields.Add(field.ToString()); yield return (rowStart, fields.ToArray()); }
                    fields.Clear(); field.Clear(); any = false; rowStart = ++line;
                    break;
                default: field.Append(c); any = true; break;
            }
        }
        if (any || field.Length > 0) { fields.Add(field.ToString()); yield return (rowStart, fields.ToArray()); }
    }

    /// <summary>Writes one row, quoting fields that need it.</summary>
    public static void Write(TextWriter writer, IEnumerable<string> fields)
    {
        writer.Write(string.Join(",", fields.Select(Quote)));
        writer.Write('\n');
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 || field != field.Trim()
            ? "\"" + field.Replace("\"", "\"\"") + "\""
            : field;
}
