using RadAudit.Stats.Evaluation;

namespace RadAudit.Cli.Verbs.Evaluation;

/// <summary>Writes a stats result as JSON atomically (temp file, then rename), so a reader never sees half a file.</summary>
public static class JsonResultFile
{
    /// <summary>Writes <paramref name="result"/> to <paramref name="file"/> when it is given.</summary>
    public static void WriteIfRequested(FileInfo? file, object result, TextWriter output)
    {
        if (file is null) return;
        Directory.CreateDirectory(file.DirectoryName!);
        string temporary = file.FullName + $".tmp-{Environment.ProcessId}";
        try
        {
            File.WriteAllText(temporary, StatsJson.Serialize(result) + "\n");
            File.Move(temporary, file.FullName, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
        output.WriteLine($"wrote {file.FullName}");
    }
}
