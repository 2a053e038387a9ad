using System.Globalization;
using System.Text;

namespace RadAudit.Cli;

/// <summary>
/// Text from data (paths, body parts, messages quoting them) reaches the terminal as text, never as terminal
/// commands: control characters (ESC and the rest of C0 and C1, DEL) and the invisible bidirectional overrides are
/// shown escaped (<c>\x1B</c>, <c>\u202E</c>). Spectre's <c>Markup.Escape</c> only escapes markup brackets.
/// </summary>
public static class TerminalText
{
    /// <summary><paramref name="text"/> with every control character escaped; line breaks and tabs are escaped too
    /// unless <paramref name="keepLayout"/> (text that is already lines, not one value).</summary>
    public static string Sanitize(string text, bool keepLayout = false)
    {
        int first = 0;
        while (first < text.Length && !NeedsEscape(text[first], keepLayout)) first++;
        if (first == text.Length) return text;
        var safe = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (int index = first; index < text.Length; index++)
        {
            char c = text[index];
            if (!NeedsEscape(c, keepLayout)) safe.Append(c);
            else if (c <= 0xFF) safe.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}");
            else safe.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        }
        return safe.ToString();
    }

    private static bool NeedsEscape(char c, bool keepLayout) =>
        (char.IsControl(c) && !(keepLayout && c is '\n' or '\r' or '\t'))
        || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
