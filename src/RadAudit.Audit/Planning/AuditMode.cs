namespace RadAudit.Audit.Planning;

/// <summary>What one invocation of the audit does.</summary>
/// <param name="Kind">Plan, run (all jobs or one shard) or collect.</param>
/// <param name="Shard">The share of jobs to run (<see cref="ShardSpec.All"/> for a whole audit); for
/// <see cref="AuditModeKind.Plan"/> the shard count shown in the plan's shard column.</param>
public sealed record AuditMode(AuditModeKind Kind, ShardSpec Shard)
{
    /// <summary>Every job, then the results and the report.</summary>
    public static AuditMode RunAll { get; } = new(AuditModeKind.RunAll, ShardSpec.All);
}
