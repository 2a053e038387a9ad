using RadAudit.Audit.Planning;

namespace RadAudit.Audit.RunFolder;

/// <summary>
/// The resume decision for one invocation: which of the shard's jobs to skip (done), resume (started) or start
/// (pending). Pure; the audit runner executes it.
/// </summary>
/// <param name="Reused">Finished jobs whose outputs are reused.</param>
/// <param name="Resumed">Interrupted jobs to resume from their checkpoint.</param>
/// <param name="Started">Jobs to start from scratch.</param>
public sealed record JobSchedule(IReadOnlyList<AuditJob> Reused, IReadOnlyList<AuditJob> Resumed, IReadOnlyList<AuditJob> Started)
{
    /// <summary>The schedule of <paramref name="shard"/>'s jobs given the run folder's current state.</summary>
    public static JobSchedule For(AuditPlan plan, ShardSpec shard, AuditRunFolder run)
    {
        IReadOnlyList<AuditJob> jobs = plan.JobsFor(shard);
        List<AuditJob> InState(JobState state) => jobs.Where(job => run.State(job) == state).ToList();
        return new JobSchedule(InState(JobState.Done), InState(JobState.Started), InState(JobState.Pending));
    }

    /// <summary>Jobs that need work, resumed ones first (they are closest to finishing), then new ones, each in plan order.</summary>
    public IReadOnlyList<AuditJob> ToRun => [.. Resumed, .. Started];
}
