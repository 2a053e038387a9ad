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
/// resuming, never for passing values between the steps.
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
        Directory.CreateDirectory(run.Root);
        AuditPlanFile.WriteOrVerify(run, plan);
        ImageDataSet data = DataCheck.Run(input.Data, settings, run.Root, progress);
        var (boxes, markers) = LabelBoxes.Obtain(input.GivenBoxes, data, run.Root, progress);
        IReadOnlyList<ImageRecord> sample = SaliencySample.Choose(data.ForSplit(Splits.Valid).Records, boxes, settings.SaliencyImages);
        var finishedNow = new Dictionary<string, CompletedJob>(StringComparer.Ordinal);
        if (mode.Kind != AuditModeKind.Collect)
        {
            RunJobs(plan, mode, run, settings, data, boxes, sample, log, progress, hooks, finishedNow, cancellation);
            if (plan.Jobs.Any(job => run.State(job) != JobState.Done))
            {
                log.WriteLine("other shards' jobs are not done yet: collect once they are (the audit with the same settings, collecting).");
                return null;
            }
        }
        return Finish(settings, plan, run, data, boxes, markers, sample, JobCollector.Collect(run, plan, finishedNow), log, progress,
            cancellation);
    }

    private static void RunJobs(AuditPlan plan, AuditMode mode, AuditRunFolder run, AuditSettings settings, ImageDataSet data, BoxIndex boxes,
        IReadOnlyList<ImageRecord> sample, TextWriter log, IProgress<ProgressReport>? progress, AuditHooks hooks,
        Dictionary<string, CompletedJob> finishedNow, CancellationToken cancellation)
    {
        JobSchedule schedule = JobSchedule.For(plan, mode.Shard, run);
        log.WriteLine($"audit {run.Root}: {schedule.Reused.Count} job(s) reused, {schedule.Resumed.Count} resumed, {schedule.Started.Count} to start" +
            (mode.Kind == AuditModeKind.RunShard ? $" (shard {mode.Shard})" : ""));
        var crashed = new List<string>();
        foreach (AuditJob job in schedule.ToRun)
        {
            if (run.CrashedIn(job, hooks.CrashSession) is string cause)
            {
                crashed.Add($"{job.Id} ({cause})");
                continue;
            }
            hooks.JobChanged?.Invoke(job, run.JobFolder(job));
            finishedNow[job.Id] = ConditionJob.Run(job, settings, run, data, boxes, sample, progress, cancellation);
            hooks.JobChanged?.Invoke(null, null);
            log.WriteLine($"job {job.Id} done");
        }
        if (crashed.Count > 0)
            throw new RadAuditException(
                $"audit {run.Root}: {crashed.Count} job(s) died inside native code: {string.Join(", ", crashed)}; the other jobs are done. " +
                "Run `radaudit doctor` (it finds a configuration that computes correctly on this machine), then rerun the same audit to retry them.");
    }

    private static AuditResults Finish(AuditSettings settings, AuditPlan plan, AuditRunFolder run, ImageDataSet data, BoxIndex boxes,
        MarkerSummary markers, IReadOnlyList<ImageRecord> sample, IReadOnlyList<CompletedJob> jobs, TextWriter log, IProgress<ProgressReport>? progress,
        CancellationToken cancellation)
    {
        var byCondition = ResultsAssembly.Evaluate(plan, jobs, settings.BootstrapReplicates);
        IReadOnlyList<BoxStatistic> boxStatistics = LeakCheck.Run(data, boxes, progress: null);
        var probes = OriginalModelProbes.Run(settings, plan, run, data, boxes, log, progress, cancellation);
        AuditResults results = ResultsAssembly.Assemble(settings, plan, jobs, byCondition, markers, data, boxStatistics, probes);
        ResultsJson.Write(run.ResultsFile, results);
        byte[]? sheet = markers.Detection?.ContactSheet is string path && File.Exists(path) ? File.ReadAllBytes(path) : null;
        var gallery = Gallery.Build(sample, data, boxes, byCondition, run, settings.GalleryImages);
        ReportBuilder.Write(run.ReportFile, new ReportInput(results, ResultsAssembly.Curves(byCondition), gallery, sheet, ReportClock.Now()));
        return results;
    }
}
