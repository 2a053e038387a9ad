using RadAudit.Core;

namespace RadAudit.Data.Readers;

/// <summary>
/// The checks every CSV a reader opens passes first: a regular file (a named pipe would block the reader forever)
/// and text a UTF-8 reader can read. A UTF-16 or UTF-32 file with a byte-order mark is decoded as such; one without
/// a mark shows as NUL bytes between the characters and is refused, naming the encoding, instead of being read as
/// garbage (every row unreadable, every study unlabelled).
/// </summary>
internal static class TextFiles
{
    private const int SniffBytes = 4096;

    /// <summary>Throws a <see cref="RadAuditException"/> naming <paramref name="path"/> (a <paramref name="what"/>)
    /// unless it is a regular file holding text without NUL bytes; a missing file passes (callers say what it means).</summary>
    public static void RequireReadableText(string path, string what)
    {
        FileKinds.RequireRegularOrMissing(path, what);
        if (!File.Exists(path)) return;
        var head = new byte[SniffBytes];
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
            read = stream.ReadAtLeast(head, SniffBytes, throwOnEndOfStream: false);
        ReadOnlySpan<byte> bytes = head.AsSpan(0, read);
        bool hasMark = bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (hasMark || !bytes.Contains((byte)0)) return;
        string encoding = LooksUtf16(bytes) ? "UTF-16 encoded (without a byte-order mark)" : "not text (it holds NUL bytes)";
        throw new RadAuditException(
            $"{path}: the {what} is {encoding}; RadAudit reads CSV files as UTF-8. Save it as UTF-8 (a spreadsheet's \"CSV UTF-8\", or iconv -f UTF-16LE -t UTF-8).");
    }

    // UTF-16 text of ASCII characters has a NUL in every other byte.
    private static bool LooksUtf16(ReadOnlySpan<byte> bytes)
    {
        int pairs = bytes.Length / 2, evenNul = 0, oddNul = 0;
        for (int index = 0; index + 1 < bytes.Length; index += 2)
        {
            if (bytes[index] == 0) evenNul++;
            if (bytes[index + 1] == 0) oddNul++;
        }
        return pairs > 0 && Math.Max(evenNul, oddNul) >= pairs * 0.4;
    }
}
