using RadAudit.Audit.Planning;
using RadAudit.Audit.RunFolder;
using RadAudit.Audit.Steps;
using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Reporting.Html;
using RadAudit.Reporting.Results;

namespace RadAudit.Audit;

/// <summary>
/// The study of Yi et al. (AJR 2021) on the user's data, in one call: check the data, obtain the label boxes, run
/// every job of the shard (condition × seed: train, predict, explain; finished ones reused, interrupted ones
/// resumed), and, once every job of the plan is done, evaluate, compare, probe the original model without retraining
/// (<see cref="OriginalModelProbes"/>), and write results.json and report.html.
/// Each step is its own type in <c>Steps/</c>; the run folder (<see cref="AuditRunFolder"/>) is for people and for
/// resuming, never for passing values between the steps. Work in the folder made from other inputs (its
/// <see cref="AuditFingerprint"/> differs) is refused before anything runs, or moved aside when the mode says so; a
/// job another process holds the lock of (<see cref="JobLock"/>) is left to it.
/// </summary>
public static class ShortcutAudit
{
    /// <summary>Runs the audit's share; returns the results when the whole plan is done, else null.</summary>
    /// <param name="input">The opened data and, unless they are to be detected, the label boxes.</param>
    /// <param name="settings">Training, evaluation and saliency settings.</param>
    /// <param name="plan">Conditions × seeds.</param>
    /// <param name="mode">Run all, run one shard, or collect.</param>
    /// <param name="log">One line per job and per decision.</param>
    /// <param name="progress">Progress of every long step.</param>
    /// <param name="hooks">How the caller follows the jobs (crash supervision).</param>
    /// <param name="cancellation">Stops between batches; finished work is kept and a rerun resumes.</param>
    public static AuditResults? Run(AuditInput input, AuditSettings settings, AuditPlan plan, AuditMode mode, TextWriter log,
        IProgress<ProgressReport>? progress, AuditHooks? hooks = null, CancellationToken cancellation = default)
    {
        hooks ??= AuditHooks.None;
        var run = new AuditRunFolder(settings.OutFolder);
        run.Create();
        AuditPlanFile.Verify(run, plan);
        CheckedData data = DataCheck.Run(input.Data, settings, run.Root, progress);
        if (input.GivenBoxes is BoxIndex given && CoverageWarning(given, plan, input.Data) is string warning) log.WriteLine($"warning: {warning}");
        AuditFingerprint inputs = AuditFingerprint.ForJobs(settings, data, input.GivenBoxes);
        // Before any work: nothing made from other inputs may be reused, resumed or collected as this command's.
        StaleWork stale = StaleWork.Find(run, plan, inputs, data.Fingerprint);
        if (!stale.IsEmpty)
        {
            if (!mode.ReplaceStale || mode.Kind == AuditModeKind.Collect) throw stale.Refusal(run, collecting: mode.Kind == AuditModeKind.Collect);
            log.WriteLine(stale.MoveAside(run));
        }
        AuditPlanFile.Record(run, plan, inputs);
        var (boxes, markers) = LabelBoxes.Obtain(input.GivenBoxes, new LabelDetectorChoice(settings.Detector, settings.DetectorWeights), data.Data, run.Root, progress, data.Fingerprint);
        IReadOnlyList<ImageRecord> sample = SaliencySample.Choose(data.Data.ForSplit(Splits.Valid).Records, boxes, settings.SaliencyImages);
        var finishedNow = new Dictionary<string, CompletedJob>(StringComparer.Ordinal);
        if (mode.Kind != AuditModeKind.Collect)
        {
            var work = new JobWork(run, settings, inputs, data.Data, boxes, sample);
            RunJobs(plan, mode, work, log, progress, hooks, finishedNow, cancellation);
            if (plan.Jobs.Any(job => run.State(job) != JobState.Done))
            {
                log.WriteLine("other shards' jobs are not done yet: collect once they are (the audit with the same settings, collecting).");
                return null;
            }
        }
        return Finish(settings, plan, run, inputs, data.Data, boxes, markers, sample, JobCollector.Collect(run, plan, inputs, finishedNow), log,
            progress, cancellation);
    }

    // Given boxes naming images the data set does not have (in any split, skipped or not) are said; if a masking
    // condition would mask nothing, refused.
    private static string? CoverageWarning(BoxIndex given, AuditPlan plan, ImageDataSet data)
    {
        var coverage = BoxCoverage.Of(given, data.Records.Select(record => record.Path));
        Condition condition = plan.Conditions.Select(Condition.Parse).FirstOrDefault(candidate => candidate.NeedsBoxes) ?? Condition.Original;
        return coverage.CheckFor(condition, given.Source ?? "the label boxes", "the data", data.Records[0].Path);
    }

    // What every job of this invocation works with.
    private sealed record JobWork(AuditRunFolder Run, AuditSettings Settings, AuditFingerprint Inputs, ImageDataSet Data, BoxIndex Boxes,
        IReadOnlyList<ImageRecord> Sample);

    private static void RunJobs(AuditPlan plan, AuditMode mode, JobWork work, TextWriter log, IProgress<ProgressReport>? progress,
        AuditHooks hooks, Dictionary<string, CompletedJob> finishedNow, CancellationToken cancellation)
    {
        AuditRunFolder run = work.Run;
        JobSchedule schedule = JobSchedule.For(plan, mode.Shard, run);
        // A started job another process holds is its to finish, not this one's to resume: counted apart.
        int elsewhere = schedule.Resumed.Count(job => JobLock.HolderOf(run.JobFolder(job)) is not null);
        log.WriteLine($"audit {run.Root}: {schedule.Reused.Count} job(s) reused, {schedule.Resumed.Count - elsewhere} resumed, " +
            (elsewhere > 0 ? $"{elsewhere} worked on by other processes, " : "") + $"{schedule.Started.Count} to start" +
            (mode.Kind == AuditModeKind.RunShard ? $" (shard {mode.Shard})" : ""));
        var crashed = new List<string>();
        var busy = new List<string>();
        foreach (AuditJob job in schedule.ToRun)
        {
            if (run.CrashedIn(job, hooks.CrashSession) is string cause)
            {
                crashed.Add($"{job.Id} ({cause})");
                continue;
            }
            using JobLock? held = JobLock.TryAcquire(run.JobFolder(job), out LockHolder? holder);
            if (held is null)
            {
                busy.Add($"{job.Id} ({holder})");
                log.WriteLine($"job {job.Id}: {holder} is working on it (another shard, or a second run on this folder); left to that process.");
                continue;
            }
            if (held.TookOverFrom is LockHolder gone)
                log.WriteLine($"job {job.Id}: took over the lock left by {gone}, which is no longer running.");
            if (run.State(job) == JobState.Done)
            {
                log.WriteLine($"job {job.Id}: finished meanwhile by another process; reused.");
                continue;
            }
            StartJob(run, job, work.Inputs.ForJob(job));
            hooks.JobChanged?.Invoke(job, run.JobFolder(job));
            finishedNow[job.Id] = ConditionJob.Run(job, work.Settings, run, work.Data, work.Boxes, work.Sample, progress, cancellation);
            hooks.JobChanged?.Invoke(null, null);
            log.WriteLine($"job {job.Id} done");
        }
        if (crashed.Count > 0)
            throw new RadAuditException(
                $"audit {run.Root}: {crashed.Count} job(s) died inside native code: {string.Join(", ", crashed)}; the other jobs are done. " +
                "Run `radaudit doctor` (it finds a configuration that computes correctly on this machine), then rerun the same audit to retry them.");
        if (busy.Count > 0 && mode.Kind == AuditModeKind.RunAll)
            throw new RadAuditException(
                $"audit {run.Root}: {busy.Count} job(s) are being worked on by other processes: {string.Join(", ", busy)}; the other jobs are done. " +
                "Wait for those processes to finish, then rerun the same audit (finished jobs are reused) or collect it.");
    }

    // Records what the job is made from before it writes anything; a job folder that another process gave other
    // inputs since this invocation checked the folder is refused, not resumed.
    private static void StartJob(AuditRunFolder run, AuditJob job, AuditFingerprint made)
    {
        run.StartJob(job);
        if (AuditFingerprint.Read(run.FingerprintFile(job)) is AuditFingerprint recorded && made.ChangesFrom(recorded) is { Count: > 0 } changes)
            throw StaleWork.Refusal(run, [$"{job.Id}: {string.Join("; ", changes)}"], collecting: false, staleJobs: 1);
        made.Write(run.FingerprintFile(job));
    }

    private static AuditResults Finish(AuditSettings settings, AuditPlan plan, AuditRunFolder run, AuditFingerprint inputs, ImageDataSet data,
        BoxIndex boxes, MarkerSummary markers, IReadOnlyList<ImageRecord> sample, IReadOnlyList<CompletedJob> jobs, TextWriter log,
        IProgress<ProgressReport>? progress, CancellationToken cancellation)
    {
        var byCondition = ResultsAssembly.Evaluate(plan, jobs, settings.BootstrapReplicates);
        IReadOnlyList<BoxStatistic> boxStatistics = LeakCheck.Run(data, boxes, progress: null);
        var probes = OriginalModelProbes.Run(settings, plan, run, data, boxes, log, progress, cancellation);
        AuditResults results = ResultsAssembly.Assemble(settings, plan, jobs, byCondition, markers, data, boxStatistics, inputs.ForResults(settings, plan),
            probes);
        ResultsJson.Write(run.ResultsFile, results);
        byte[]? sheet = markers.Detection?.ContactSheet is string path && File.Exists(path) ? File.ReadAllBytes(path) : null;
        var gallery = Gallery.Build(sample, data, boxes, byCondition, run, settings.GalleryImages);
        ReportBuilder.Write(run.ReportFile, new ReportInput(results, ResultsAssembly.Curves(byCondition), gallery, sheet, ReportClock.Now()));
        return results;
    }
}
