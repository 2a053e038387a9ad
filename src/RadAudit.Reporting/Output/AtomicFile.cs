namespace RadAudit.Reporting;

/// <summary>Writes files so that readers never see half a file: write a temporary sibling, then rename over.</summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="text"/> (UTF-8) to <paramref name="path"/> atomically; creates the folder.</summary>
    public static void WriteAllText(string path, string text) =>
        Replace(path, temporary => File.WriteAllText(temporary, text));

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically; creates the folder.</summary>
    public static void WriteAllBytes(string path, byte[] bytes) =>
        Replace(path, temporary => File.WriteAllBytes(temporary, bytes));

    private static void Replace(string path, Action<string> writeTemporary)
    {
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        // Same folder as the target so the rename stays on one file system (and is therefore atomic).
        string temporary = full + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        try
        {
            writeTemporary(temporary);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
                File.Delete(temporary);
        }
    }
}
