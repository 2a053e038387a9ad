using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Reporting.Html;
using RadAudit.Reporting.Results;

namespace RadAudit.Cli.Audit;

/// <summary>
/// The whole study in one call: validate the data, obtain label boxes, run every job of the shard (reusing finished
/// ones, resuming interrupted ones), and, once every job of the plan is done, write results.json and report.html.
/// </summary>
public static class AuditRunner
{
    /// <summary>Runs the audit's share; returns the results when the whole plan is done, else null.</summary>
    public static AuditResults? Run(AuditSettings settings, AuditPlan plan, AuditMode mode, TextWriter log,
        IProgress<ProgressReport>? progress, CancellationToken cancellation = default)
    {
        var run = new AuditRunFolder(settings.OutFolder);
        Directory.CreateDirectory(run.Root);
        AuditPlanFile.WriteOrVerify(run, plan);
        ImageDataSet data = AuditDataCheck.Run(settings, run.Root, progress);
        var (boxesFile, markers) = AuditLabelBoxes.Obtain(settings, data, run.Root, progress);
        var boxes = new BoxIndex(BoxFiles.Read(boxesFile));
        IReadOnlyList<ImageRecord> sample = AuditSample.Choose(data.ForSplit(Splits.Valid).Records, boxes, settings.SaliencyImages);
        if (mode.Kind != AuditModeKind.Collect)
        {
            JobSchedule schedule = JobSchedule.For(plan, mode.Shard, run);
            log.WriteLine($"audit {run.Root}: {schedule.Reused.Count} job(s) reused, {schedule.Resumed.Count} resumed, {schedule.Started.Count} to start" +
                (mode.Kind == AuditModeKind.RunShard ? $" (shard {mode.Shard})" : ""));
            string? session = Environment.GetEnvironmentVariable(Supervision.Supervisor.SessionVariable);
            var crashed = new List<string>();
            foreach (AuditJob job in schedule.ToRun)
            {
                if (run.CrashedIn(job, session) is string cause)
                {
                    crashed.Add($"{job.Id} ({cause})");
                    continue;
                }
                Supervision.CrashNote.Job(run.JobFolder(job), job.Id);
                AuditJobRunner.Run(job, settings, run, boxesFile, data.WithRecords(sample), boxes, progress, cancellation);
                Supervision.CrashNote.Job(null, null);
                log.WriteLine($"job {job.Id} done");
            }
            if (crashed.Count > 0)
                throw new RadAuditException(
                    $"audit {run.Root}: {crashed.Count} job(s) died inside native code: {string.Join(", ", crashed)}; the other jobs are done. " +
                    "Run `radaudit doctor` (it finds a configuration that computes correctly on this machine), then rerun the same command to retry them.");
            if (plan.Jobs.Any(job => run.State(job) != JobState.Done))
            {
                log.WriteLine("other shards' jobs are not done yet: run `radaudit audit --collect` with the same options once they are.");
                return null;
            }
        }
        return Finish(settings, plan, run, data, boxes, boxesFile, markers, sample);
    }

    private static AuditResults Finish(AuditSettings settings, AuditPlan plan, AuditRunFolder run, ImageDataSet data, BoxIndex boxes,
        string boxesFile, MarkerSummary markers, IReadOnlyList<ImageRecord> sample)
    {
        IReadOnlyList<CompletedJob> jobs = AuditCollector.Collect(run, plan);
        var byCondition = AuditAssembler.Evaluate(plan, jobs, settings.BootstrapReplicates);
        AuditResults results = AuditAssembler.Assemble(settings, plan, jobs, byCondition, markers, data);
        ResultsJson.Write(run.ResultsFile, results);
        byte[]? sheet = markers.Detection?.ContactSheet is string path && File.Exists(path) ? File.ReadAllBytes(path) : null;
        var gallery = AuditGallery.Build(sample, data, boxes, boxesFile, byCondition, run, settings.GalleryImages);
        ReportBuilder.Write(run.ReportFile, new ReportInput(results, AuditAssembler.Curves(byCondition), gallery, sheet, ReportClock.Now()));
        return results;
    }
}
