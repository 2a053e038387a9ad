using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using RadAudit.Core;

namespace RadAudit.Cli.Supervision;

/// <summary>
/// What a supervised process was doing, kept in a small file its supervisor names (<see cref="PathVariable"/>), so
/// that when native code kills it the supervisor can say where (issue #16): the last progress stage and, in an
/// audit, the job folder. Nothing is written when no supervisor asked for it.
/// </summary>
internal static class CrashNote
{
    /// <summary>The file the supervisor reads after a crash.</summary>
    public const string PathVariable = "RADAUDIT_CRASH_NOTE";

    private static readonly TimeSpan StageInterval = TimeSpan.FromSeconds(1);
    private static readonly Lock Gate = new();
    private static readonly Stopwatch SinceWritten = Stopwatch.StartNew();
    private static Note _current = new(null, null, null);

    /// <summary>The note's content.</summary>
    /// <param name="Stage">"cover-s1: epoch 1/4: 31/48" — the last progress the process reported.</param>
    /// <param name="JobFolder">The audit job folder in progress, if any.</param>
    /// <param name="JobId">Its job id.</param>
    public sealed record Note(
        [property: JsonPropertyName("stage")] string? Stage,
        [property: JsonPropertyName("job_folder")] string? JobFolder,
        [property: JsonPropertyName("job_id")] string? JobId);

    /// <summary>Records the stage (at most once a second, and whenever the stage itself changes).</summary>
    public static void Stage(string stageName, string text)
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is not { Length: > 0 } path) return;
        lock (Gate)
        {
            bool newStage = _current.Stage is null || !_current.Stage.StartsWith(stageName + ":", StringComparison.Ordinal);
            if (!newStage && SinceWritten.Elapsed < StageInterval) return;
            Write(path, _current with { Stage = text });
        }
    }

    /// <summary>Records the audit job in progress (null when none is).</summary>
    public static void Job(string? folder, string? id)
    {
        if (Environment.GetEnvironmentVariable(PathVariable) is not { Length: > 0 } path) return;
        lock (Gate) Write(path, _current with { JobFolder = folder, JobId = id });
    }

    /// <summary>Reads a note; null when there is none (the process died before its first report).</summary>
    public static Note? Read(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<Note>(File.ReadAllText(path)) : null;
        }
        catch (Exception problem) when (problem is IOException or JsonException)
        {
            return null;
        }
    }

    private static void Write(string path, Note note)
    {
        _current = note;
        SinceWritten.Restart();
        try
        {
            AtomicFile.WriteText(path, JsonSerializer.Serialize(note));
        }
        catch (IOException)
        {
            // The note only improves a crash message; a full temporary disk must not stop the work.
        }
    }
}
