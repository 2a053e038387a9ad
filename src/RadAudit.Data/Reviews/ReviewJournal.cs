using RadAudit.Core;
namespace RadAudit.Data.Reviews;

/// <summary>
/// The append-only record of a review, beside its output file (<c>reviewed.csv</c> →
/// <c>reviewed.csv.journal.jsonl</c>): one JSON line per edit (<see cref="ReviewEntry"/>), each forced to the disk
/// before the edit is acknowledged. It is the truth of a review: the output file is rewritten from it, and a
/// restarted review replays it over the input boxes. A line cut short by a crash (never acknowledged) is dropped
/// when the journal is reopened.
/// </summary>
public sealed class ReviewJournal : IDisposable
{
    /// <summary>What is appended to an output file's name to name its journal.</summary>
    public const string Suffix = ".journal.jsonl";

    private readonly FileStream _stream;
    private readonly FileStream _lock;

    private ReviewJournal(string file, FileStream stream, FileStream exclusive, IReadOnlyList<ReviewEntry> entries)
    {
        File = file;
        _stream = stream;
        _lock = exclusive;
        Entries = entries;
    }

    /// <summary>The journal file.</summary>
    public string File { get; }

    /// <summary>The entries the journal held when it was opened, in order.</summary>
    public IReadOnlyList<ReviewEntry> Entries { get; }

    /// <summary>The journal of output file <paramref name="outFile"/>.</summary>
    public static string PathFor(string outFile) => outFile + Suffix;

    /// <summary>The entries of <paramref name="file"/> (none when it does not exist); a cut-short last line is skipped.</summary>
    public static IReadOnlyList<ReviewEntry> Read(string file) => System.IO.File.Exists(file) ? ReadEntries(file).Entries : [];

    /// <summary>
    /// Opens (or creates) <paramref name="file"/> for appending, after reading what it holds and cutting off a
    /// line a crash left incomplete. Holds <c>FILE.lock</c> exclusively while open, so a second review of the same
    /// output is refused instead of writing over the first one's lines (the operating system releases it if the
    /// process dies).
    /// </summary>
    public static ReviewJournal Open(string file)
    {
        string full = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        FileStream exclusive = Lock(full);
        try
        {
            return OpenLocked(full, exclusive);
        }
        catch
        {
            exclusive.Dispose();
            throw;
        }
    }

    private static ReviewJournal OpenLocked(string full, FileStream exclusive)
    {
        var (entries, completeLength) = System.IO.File.Exists(full) ? ReadEntries(full) : ([], 0L);
        var stream = new FileStream(full, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        if (stream.Length != completeLength) stream.SetLength(completeLength);
        if (completeLength > 0 && LastByte(stream) != '\n') stream.WriteByte((byte)'\n');
        stream.Seek(0, SeekOrigin.End);
        return new ReviewJournal(full, stream, exclusive, entries);
    }

    private static FileStream Lock(string journal)
    {
        try
        {
            return new FileStream(journal + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException problem)
        {
            throw new Core.RadAuditException($"{journal}: another radaudit review is using this review (its .lock is held). " +
                "Stop that one first, or choose another output file.", 1, problem, Settings.Output);
        }
    }

    /// <summary>Appends <paramref name="entry"/> as one line and forces it to the disk before returning.</summary>
    public void Append(ReviewEntry entry)
    {
        byte[] line = ReviewJournalLine.Write(entry);
        byte[] record = new byte[line.Length + 1];
        line.CopyTo(record, 0);
        record[^1] = (byte)'\n';
        // One write of the whole line, then fsync: a crash leaves either the full line or a cut one that Open drops.
        _stream.Write(record);
        _stream.Flush(flushToDisk: true);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stream.Dispose();
        _lock.Dispose();
    }

    /// <summary>Every complete entry, and the length of the file up to the end of the last complete line.</summary>
    private static (IReadOnlyList<ReviewEntry> Entries, long CompleteLength) ReadEntries(string file)
    {
        byte[] bytes = System.IO.File.ReadAllBytes(file);
        var entries = new List<ReviewEntry>();
        int start = 0, line = 0;
        while (start < bytes.Length)
        {
            int end = Array.IndexOf(bytes, (byte)'\n', start);
            line++;
            string text = ReviewJournalLine.Text(bytes.AsSpan(start, (end < 0 ? bytes.Length : end) - start)).Trim();
            if (end < 0)
            {
                // No newline: the crash came mid-write. Keep the line only if it is whole (a hand-edited file).
                if (TryParse(text, out ReviewEntry? last)) entries.Add(last!);
                return (entries, last is null ? start : bytes.Length);
            }
            if (text.Length > 0) entries.Add(ReviewJournalLine.Parse(text, $"{file} line {line}"));
            start = end + 1;
        }
        return (entries, bytes.Length);
    }

    private static int LastByte(FileStream stream)
    {
        stream.Seek(-1, SeekOrigin.End);
        return stream.ReadByte();
    }

    private static bool TryParse(string text, out ReviewEntry? entry)
    {
        try
        {
            entry = text.Length == 0 ? null : ReviewJournalLine.Parse(text, "");
        }
        catch (Core.RadAuditException)
        {
            entry = null;
        }
        return entry is not null;
    }
}
