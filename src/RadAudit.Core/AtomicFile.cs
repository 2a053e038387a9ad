namespace RadAudit.Core;

/// <summary>
/// Writes a file through a temporary sibling and a rename, so readers see either the old or the complete new
/// content, never half a file (checkpoints, box files, predictions, reports, run markers). The temporary file sits
/// in the target's folder so the rename stays on one file system and is therefore atomic.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes what <paramref name="write"/> produces to <paramref name="path"/> atomically; creates the folder.</summary>
    /// <param name="path">The target file.</param>
    /// <param name="write">Fills the temporary file.</param>
    /// <param name="flushToDisk">Also force the data to the disk before the rename (checkpoints that must survive a
    /// crash of the machine, not only of the process).</param>
    /// <param name="beforeRename">Called with the temporary path just before the rename (tests simulate a kill there).</param>
    public static void Write(string path, Action<Stream> write, bool flushToDisk = false, Action<string>? beforeRename = null)
    {
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        string temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
                if (flushToDisk) stream.Flush(flushToDisk: true);
            }
            beforeRename?.Invoke(temporary);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically.</summary>
    public static void WriteBytes(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes));

    /// <summary>Writes UTF-8 <paramref name="text"/> (no byte-order mark) to <paramref name="path"/> atomically.</summary>
    public static void WriteText(string path, string text) => WriteBytes(path, new System.Text.UTF8Encoding(false).GetBytes(text));
}
