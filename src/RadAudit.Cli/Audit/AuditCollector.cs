using RadAudit.Core;

namespace RadAudit.Cli.Audit;

/// <summary>
/// <c>--collect</c>: finds every job of the plan finished in the run folder. Collecting a partial audit is refused
/// (a report missing a condition would silently change the verdict); the error lists what is missing.
/// </summary>
public static class AuditCollector
{
    /// <summary>All jobs with their folders, in plan order; a <see cref="RadAuditException"/> names unfinished jobs.</summary>
    public static IReadOnlyList<CompletedJob> Collect(AuditRunFolder run, AuditPlan plan)
    {
        AuditPlanFile.WriteOrVerify(run, plan);
        var unfinished = plan.Jobs.Where(job => run.State(job) != JobState.Done).ToList();
        if (unfinished.Count > 0)
        {
            string list = string.Join(", ", unfinished.Select(job => $"{job.Id} ({Describe(run.State(job))})"));
            throw new RadAuditException(
                $"{run.Root}: {unfinished.Count} of {plan.Jobs.Count} audit jobs are not done: {list}. " +
                "Rerun the shards that hold them (finished jobs are reused, interrupted ones resume), or run `radaudit audit` " +
                "without --shard on this folder, then --collect again.");
        }
        return plan.Jobs.Select(job => new CompletedJob(job, run.JobFolder(job))).ToList();
    }

    private static string Describe(JobState state) => state == JobState.Started ? "interrupted" : "not started";
}
