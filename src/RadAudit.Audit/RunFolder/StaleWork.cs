using System.Globalization;
using RadAudit.Audit.Planning;
using RadAudit.Core;

namespace RadAudit.Audit.RunFolder;

/// <summary>
/// The work in a run folder made from other inputs than this command brings: a plan.json recording other inputs,
/// and job folders whose fingerprint differs (or that hold work but no fingerprint). Found before any work starts;
/// refused with what changed, or, when asked to replace it, moved aside into <c>RUN/stale/&lt;time&gt;/</c> (never
/// deleted: trained models are expensive).
/// </summary>
/// <param name="PlanChanges">How plan.json's recorded inputs differ from this command's (empty when equal or absent).</param>
/// <param name="Jobs">Each stale job with how it differs.</param>
/// <param name="MarkersStale">Whether <c>RUN/markers/</c> holds boxes detected on other data.</param>
public sealed record StaleWork(IReadOnlyList<string> PlanChanges, IReadOnlyList<(AuditJob Job, IReadOnlyList<string> Changes)> Jobs, bool MarkersStale)
{
    private const int ChangesInMessage = 8;

    /// <summary>Name of the folder stale work is moved into.</summary>
    public const string FolderName = "stale";

    /// <summary>True when nothing in the folder contradicts this command's inputs.</summary>
    public bool IsEmpty => PlanChanges.Count == 0 && Jobs.Count == 0;

    /// <summary>Compares the run folder with <paramref name="inputs"/> (every job of <paramref name="plan"/>).</summary>
    public static StaleWork Find(AuditRunFolder run, AuditPlan plan, AuditFingerprint inputs, string dataFingerprint)
    {
        IReadOnlyList<string> planChanges = !File.Exists(run.PlanFile) ? []
            : AuditPlanFile.RecordedInputs(run) is AuditFingerprint recorded ? inputs.ChangesFrom(recorded)
            : ["plan.json records no inputs (it was written before fingerprints)"];
        var jobs = new List<(AuditJob, IReadOnlyList<string>)>();
        foreach (AuditJob job in plan.Jobs)
        {
            string folder = run.JobFolder(job);
            if (!Directory.Exists(folder)) continue;
            if (AuditFingerprint.Read(run.FingerprintFile(job)) is AuditFingerprint made)
            {
                IReadOnlyList<string> changes = inputs.ForJob(job).ChangesFrom(made);
                if (changes.Count > 0) jobs.Add((job, changes));
            }
            else if (HoldsWork(folder))
            {
                jobs.Add((job, ["no fingerprint.json (made before fingerprints, or by hand)"]));
            }
        }
        bool markers = Directory.Exists(run.MarkersFolder) && run.MarkersDataFingerprint() != dataFingerprint;
        return new StaleWork(planChanges, jobs, markers);
    }

    /// <summary>The error that refuses to mix this command's work with the stale work, naming what changed and the ways out.</summary>
    public RadAuditException Refusal(AuditRunFolder run, bool collecting)
    {
        IReadOnlyList<string> changes = PlanChanges.Count > 0
            ? PlanChanges
            : Jobs.GroupBy(stale => string.Join("; ", stale.Changes))
                .Select(group => $"{string.Join(", ", group.Select(stale => stale.Job.Id))}: {group.Key}").ToList();
        return Refusal(run, changes, collecting, Jobs.Count);
    }

    /// <summary>The refusal for <paramref name="changes"/> (also used when a shard finds another's plan.json).</summary>
    public static RadAuditException Refusal(AuditRunFolder run, IReadOnlyList<string> changes, bool collecting, int staleJobs = 0)
    {
        string listed = string.Join("; ", changes.Take(ChangesInMessage)) + (changes.Count > ChangesInMessage ? $"; and {changes.Count - ChangesInMessage} more" : "");
        string jobs = staleJobs > 0 ? $" ({staleJobs} job folder(s) hold work made from them)" : "";
        string ways = collecting
            ? "Collect with the options the audit ran with, or rerun the audit (not collecting) with " +
              $"{Settings.Mention(Settings.Force)} to move the stale work aside and redo it."
            : $"Repeat the options the folder was made with, choose a new output folder, or add {Settings.Mention(Settings.Force)} " +
              $"to move the stale work aside (into {Path.Combine(run.Root, FolderName)}/) and start it again.";
        return new RadAuditException(
            $"{run.Root}: this run folder was made from other inputs{jobs}, so its work would not match this command's: {listed}. {ways}",
            setting: Settings.Output);
    }

    /// <summary>Moves the stale work (and the folder's plan, results and report, which describe it) aside; returns
    /// the line that says what moved where. Refuses while another process works on a stale job.</summary>
    public string MoveAside(AuditRunFolder run)
    {
        string stamp = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        string target = Path.Combine(run.Root, FolderName, stamp);
        for (int suffix = 2; Directory.Exists(target); suffix++) target = Path.Combine(run.Root, FolderName, $"{stamp}-{suffix}");
        var locks = new List<JobLock>();
        try
        {
            foreach (var (job, _) in Jobs)
            {
                if (JobLock.TryAcquire(run.JobFolder(job), out LockHolder? holder) is not JobLock taken)
                    throw new RadAuditException($"{run.JobFolder(job)}: this stale job is being worked on by {holder}. Stop that process (or let it " +
                        "finish), then rerun to move the stale work aside.", setting: Settings.Output);
                locks.Add(taken);
            }
            var moved = new List<string>();
            Directory.CreateDirectory(Path.Combine(target, "jobs"));
            foreach (var (job, _) in Jobs)
            {
                Directory.Move(run.JobFolder(job), Path.Combine(target, "jobs", job.Id));
                File.Delete(Path.Combine(target, "jobs", job.Id, JobLock.HolderFile));
            }
            if (Jobs.Count > 0) moved.Add($"{Jobs.Count} job folder(s) ({string.Join(", ", Jobs.Select(stale => stale.Job.Id))})");
            foreach (string file in new[] { run.PlanFile, run.ResultsFile, run.ReportFile })
                if (File.Exists(file))
                {
                    File.Move(file, Path.Combine(target, Path.GetFileName(file)));
                    moved.Add(Path.GetFileName(file));
                }
            if (MarkersStale)
            {
                Directory.Move(run.MarkersFolder, Path.Combine(target, Path.GetFileName(run.MarkersFolder)));
                moved.Add("the detected label boxes (markers/)");
            }
            return $"replacing work made from other inputs: moved {string.Join(", ", moved)} to {target}; delete that folder once you no longer need it.";
        }
        finally
        {
            foreach (JobLock taken in locks) taken.Dispose();
        }
    }

    // A folder with only a lock (a job that was about to start) or a crash note holds no work.
    private static bool HoldsWork(string folder) =>
        Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName)
            .Any(name => name is not (JobLock.LockFile or JobLock.HolderFile or AuditRunFolder.CrashedMarker));
}
