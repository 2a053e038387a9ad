using RadAudit.Core;
using RadAudit.Stats.Evaluation;

namespace RadAudit.Cli.Verbs.Evaluation;

/// <summary>Writes a stats result as JSON atomically (temp file, then rename), so a reader never sees half a file.</summary>
public static class JsonResultFile
{
    /// <summary>Writes <paramref name="result"/> to <paramref name="file"/> when it is given.</summary>
    public static void WriteIfRequested(FileInfo? file, object result, TextWriter output)
    {
        if (file is null) return;
        AtomicFile.WriteText(file.FullName, StatsJson.Serialize(result) + "\n");
        output.WriteLine($"wrote {file.FullName}");
    }
}
