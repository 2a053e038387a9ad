namespace RadAudit.Cli.Audit;

/// <summary>Atomic writes for the audit's own files (temporary file, then rename).</summary>
public static class AuditFiles
{
    /// <summary>Writes text atomically, creating the folder.</summary>
    public static void WriteText(string path, string text) => WriteBytes(path, System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>Writes bytes atomically, creating the folder.</summary>
    public static void WriteBytes(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        string temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
