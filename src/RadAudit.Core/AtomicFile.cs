using System.Globalization;

namespace RadAudit.Core;

/// <summary>
/// Writes a file through a temporary sibling and a rename, so readers see either the old or the complete new
/// content, never half a file (checkpoints, box files, predictions, reports, run markers). The temporary file sits
/// in the target's folder so the rename stays on one file system and is therefore atomic. A process killed during a
/// write leaves its temporary file behind; the next write of the same target removes it (<see cref="RemoveStale"/>).
/// </summary>
public static class AtomicFile
{
    // A temporary file untouched for this long whose writer is not running here is left over from a kill. The wait
    // spares the in-flight temporary of a writer on another machine sharing the folder (audit shards do).
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(1);

    /// <summary>Writes what <paramref name="write"/> produces to <paramref name="path"/> atomically; creates the folder.</summary>
    /// <param name="path">The target file.</param>
    /// <param name="write">Fills the temporary file.</param>
    /// <param name="flushToDisk">Also force the data to the disk before the rename (checkpoints that must survive a
    /// crash of the machine, not only of the process).</param>
    /// <param name="beforeRename">Called with the temporary path just before the rename (tests simulate a kill there).</param>
    public static void Write(string path, Action<Stream> write, bool flushToDisk = false, Action<string>? beforeRename = null) =>
        Commit(path, write, flushToDisk, beforeRename, overwrite: true);

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically.</summary>
    public static void WriteBytes(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes));

    /// <summary>Writes UTF-8 <paramref name="text"/> (no byte-order mark) to <paramref name="path"/> atomically.</summary>
    public static void WriteText(string path, string text) => WriteBytes(path, Utf8(text));

    /// <summary>
    /// Creates <paramref name="path"/> with <paramref name="text"/> only if it does not exist yet, atomically: of two
    /// processes creating the same file at once, exactly one succeeds. Returns false (writing nothing) when it exists.
    /// </summary>
    public static bool TryCreateText(string path, string text) =>
        Commit(path, stream => stream.Write(Utf8(text)), flushToDisk: false, beforeRename: null, overwrite: false);

    /// <summary>
    /// Deletes the temporary files that killed writes of <paramref name="path"/> left beside it: those untouched for a
    /// minute whose writing process is no longer running on this machine. Returns how many it deleted.
    /// </summary>
    public static int RemoveStale(string path)
    {
        string full = Path.GetFullPath(path), folder = Path.GetDirectoryName(full)!, prefix = $".{Path.GetFileName(full)}.";
        if (!Directory.Exists(folder)) return 0;
        int removed = 0;
        foreach (string candidate in Directory.EnumerateFiles(folder, prefix + "*.tmp"))
        {
            string middle = Path.GetFileName(candidate)[prefix.Length..^".tmp".Length];
            if (!IsStale(candidate, middle)) continue;
            try
            {
                File.Delete(candidate);
                removed++;
            }
            catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
            {
                // Someone else removed or holds it; it is not ours to fight over.
            }
        }
        return removed;
    }

    /// <summary>
    /// Checks, before any long work, that <paramref name="path"/> can be written: its folder is created and a probe
    /// file written and removed there. Throws a <see cref="RadAuditException"/> naming the file and the fix otherwise
    /// (a read-only folder, missing permissions, a full disk), about <paramref name="setting"/>.
    /// </summary>
    public static void CheckWritable(string path, string setting = Settings.Output)
    {
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full)!;
        string probe = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-probe.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            using (new FileStream(probe, FileMode.Create, FileAccess.Write)) { }
            File.Delete(probe);
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            throw new RadAuditException($"{path}: cannot be written here ({problem.Message.TrimEnd('.')}). Choose a place you can write to, " +
                "or fix the folder's permissions or free space, then rerun.", inner: problem, setting: setting);
        }
    }

    private static bool Commit(string path, Action<Stream> write, bool flushToDisk, Action<string>? beforeRename, bool overwrite)
    {
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        RemoveStale(full);
        // The writer's process id is in the name, so a later write can tell a temporary left by a killed writer.
        string temporary = Path.Combine(folder,
            $".{Path.GetFileName(full)}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
                if (flushToDisk) stream.Flush(flushToDisk: true);
            }
            beforeRename?.Invoke(temporary);
            if (overwrite)
            {
                File.Move(temporary, full, overwrite: true);
                return true;
            }
            try
            {
                File.Move(temporary, full, overwrite: false);
                return true;
            }
            catch (IOException) when (File.Exists(full))
            {
                return false;
            }
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    private static bool IsStale(string file, string middle)
    {
        DateTime touched;
        try
        {
            touched = File.GetLastWriteTimeUtc(file);
        }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        if (DateTime.UtcNow - touched < StaleAfter) return false;
        int dash = middle.IndexOf('-', StringComparison.Ordinal);
        // Names without a process id come from before it was recorded: old enough is stale enough.
        if (dash <= 0 || !int.TryParse(middle[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out int writer)) return true;
        return writer != Environment.ProcessId && !ProcessIds.IsRunning(writer);
    }

    private static byte[] Utf8(string text) => new System.Text.UTF8Encoding(false).GetBytes(text);
}
