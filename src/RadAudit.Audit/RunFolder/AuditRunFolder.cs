using RadAudit.Audit.Planning;
using RadAudit.Core;

namespace RadAudit.Audit.RunFolder;

/// <summary>
/// The layout of an audit's run folder (<c>--out RUN</c>), shared by every shard over a common file system:
/// <c>RUN/plan.json</c>, <c>RUN/jobs/&lt;job id&gt;/</c> (each job's checkpoint, predictions and <c>done</c>
/// marker), <c>RUN/results.json</c> and <c>RUN/report.html</c>.
/// </summary>
/// <param name="Root">The run folder.</param>
public sealed record AuditRunFolder(string Root)
{
    /// <summary>Name of the marker file a job writes last, when all its outputs are in place.</summary>
    public const string DoneMarker = "done";

    /// <summary>The plan every shard must agree on.</summary>
    public string PlanFile => Path.Combine(Root, "plan.json");

    /// <summary>The collected results.</summary>
    public string ResultsFile => Path.Combine(Root, "results.json");

    /// <summary>The collected HTML report.</summary>
    public string ReportFile => Path.Combine(Root, "report.html");

    /// <summary>The folder holding all jobs.</summary>
    public string JobsFolder => Path.Combine(Root, "jobs");

    /// <summary>The folder of one job.</summary>
    public string JobFolder(AuditJob job) => Path.Combine(JobsFolder, job.Id);

    /// <summary>The job's state, read from the file system.</summary>
    public JobState State(AuditJob job)
    {
        string folder = JobFolder(job);
        if (File.Exists(Path.Combine(folder, DoneMarker)))
            return JobState.Done;
        return Directory.Exists(folder) ? JobState.Started : JobState.Pending;
    }

    /// <summary>Creates the job's folder (if needed) and returns it; call before the job writes anything.</summary>
    public string StartJob(AuditJob job) => Directory.CreateDirectory(JobFolder(job)).FullName;

    /// <summary>Name of the marker a supervisor writes into a job folder whose process died in native code.</summary>
    public const string CrashedMarker = "crashed.json";

    /// <summary>Records that the job in <paramref name="jobFolder"/> died (<paramref name="cause"/>) during
    /// supervisor session <paramref name="session"/>; that session's audit skips it, a later one retries it.</summary>
    public static void RecordCrash(string jobFolder, string cause, string? stage, string session) =>
        AtomicFile.WriteText(Path.Combine(jobFolder, CrashedMarker), System.Text.Json.JsonSerializer.Serialize(
            new { cause, stage, session, utc = DateTime.UtcNow }) + "\n");

    /// <summary>The cause of the job's crash in <paramref name="session"/>, or null when it did not crash in it.</summary>
    public string? CrashedIn(AuditJob job, string? session)
    {
        string marker = Path.Combine(JobFolder(job), CrashedMarker);
        if (session is null || !File.Exists(marker)) return null;
        using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(marker));
        return document.RootElement.GetProperty("session").GetString() == session
            ? document.RootElement.GetProperty("cause").GetString() : null;
    }

    /// <summary>Marks the job finished. Call only after every output of the job is written; the marker is atomic.</summary>
    public void MarkDone(AuditJob job)
    {
        AtomicFile.WriteText(Path.Combine(StartJob(job), DoneMarker), job.Id + "\n");
        File.Delete(Path.Combine(JobFolder(job), CrashedMarker));
    }
}
