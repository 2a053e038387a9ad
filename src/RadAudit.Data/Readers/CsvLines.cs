namespace RadAudit.Data.Readers;

/// <summary>
/// Reads the non-blank lines of a small header-less CSV such as MURA's, tolerating the quirks real copies have:
/// a UTF-8 byte-order mark, CRLF or LF endings, surrounding spaces and blank lines. Line numbers are 1-based
/// file lines so problems can name them. The file must be a regular file of UTF-8 (or byte-order-marked) text
/// (<see cref="TextFiles"/>).
/// </summary>
internal static class CsvLines
{
    /// <summary>(line number, trimmed text) for each non-blank line of <paramref name="path"/>, a <paramref name="what"/>.</summary>
    public static IEnumerable<(int Line, string Text)> Read(string path, string what = "CSV file")
    {
        TextFiles.RequireReadableText(path, what);
        return ReadChecked(path);
    }

    private static IEnumerable<(int Line, string Text)> ReadChecked(string path)
    {
        int number = 0;
        // StreamReader detects the BOM and splits on \r\n, \n and \r alike.
        foreach (string line in File.ReadLines(path))
        {
            number++;
            string text = line.Trim().Trim('\uFEFF');
            if (text.Length > 0) yield return (number, text);
        }
    }

    /// <summary>Splits a line on its last comma: (before, after); after is empty when there is no comma.</summary>
    public static (string First, string Last) SplitLast(string text)
    {
        int comma = text.LastIndexOf(',');
        return comma < 0 ? (text, "") : (text[..comma].Trim().Trim('"'), text[(comma + 1)..].Trim().Trim('"'));
    }
}
