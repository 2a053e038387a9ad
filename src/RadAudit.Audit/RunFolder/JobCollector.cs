using RadAudit.Audit.Planning;
using RadAudit.Core;

namespace RadAudit.Audit.RunFolder;

/// <summary>
/// Collecting: every job of the plan, finished, with its outputs. Collecting a partial audit is refused (a report
/// missing a condition would silently change the verdict); the error lists what is missing.
/// </summary>
public static class JobCollector
{
    /// <summary>All jobs in plan order, read from their folders (collecting a finished audit).</summary>
    public static IReadOnlyList<CompletedJob> Collect(AuditRunFolder run, AuditPlan plan) =>
        Collect(run, plan, new Dictionary<string, CompletedJob>(StringComparer.Ordinal));

    /// <summary>All jobs in plan order: those finished now from <paramref name="finishedNow"/>, the others read from
    /// their folders; a <see cref="RadAuditException"/> names unfinished jobs.</summary>
    public static IReadOnlyList<CompletedJob> Collect(AuditRunFolder run, AuditPlan plan, IReadOnlyDictionary<string, CompletedJob> finishedNow)
    {
        AuditPlanFile.WriteOrVerify(run, plan);
        var unfinished = plan.Jobs.Where(job => run.State(job) != JobState.Done).ToList();
        if (unfinished.Count > 0)
        {
            string list = string.Join(", ", unfinished.Select(job => $"{job.Id} ({Describe(run.State(job))})"));
            throw new RadAuditException(
                $"{run.Root}: {unfinished.Count} of {plan.Jobs.Count} audit jobs are not done: {list}. " +
                "Rerun the shards that hold them (finished jobs are reused, interrupted ones resume), or run the whole audit " +
                "on this folder, then collect again.", setting: Settings.Shard);
        }
        return plan.Jobs.Select(job => finishedNow.TryGetValue(job.Id, out CompletedJob? done) ? done : CompletedJob.Read(job, run.JobFolder(job))).ToList();
    }

    private static string Describe(JobState state) => state == JobState.Started ? "interrupted" : "not started";
}
