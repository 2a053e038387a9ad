namespace RadAudit.Audit.Planning;

/// <summary>What one invocation of the audit does.</summary>
/// <param name="Kind">Plan, run (all jobs or one shard) or collect.</param>
/// <param name="Shard">The share of jobs to run (<see cref="ShardSpec.All"/> for a whole audit); for
/// <see cref="AuditModeKind.Plan"/> the shard count shown in the plan's shard column.</param>
/// <param name="ReplaceStale">Move work made from other inputs aside (into RUN/stale/) and redo it, instead of
/// refusing; never while collecting.</param>
public sealed record AuditMode(AuditModeKind Kind, ShardSpec Shard, bool ReplaceStale = false)
{
    /// <summary>Every job, then the results and the report.</summary>
    public static AuditMode RunAll { get; } = new(AuditModeKind.RunAll, ShardSpec.All);
}
