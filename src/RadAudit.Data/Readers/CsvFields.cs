using System.Text;

namespace RadAudit.Data.Readers;

/// <summary>
/// Splits one CSV line into fields (RFC 4180 quoting: fields may be quoted, "" inside quotes is one quote).
/// Manifests are one record per line, so quoted line breaks are not supported and an unclosed quote is an error.
/// </summary>
internal static class CsvFields
{
    /// <summary>The fields of <paramref name="line"/>, or null when a quote is left open.</summary>
    public static string[]? Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < line.Length && line[i + 1] == '"') field.Append(line[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = true;
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else field.Append(c);
        }
        if (quoted) return null;
        fields.Add(field.ToString());
        return [.. fields];
    }
}
