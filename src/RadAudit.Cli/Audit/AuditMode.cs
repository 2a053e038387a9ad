using RadAudit.Core;

namespace RadAudit.Cli.Audit;

/// <summary>What one `radaudit audit` invocation does, from <c>--plan</c>, <c>--shard</c> and <c>--collect</c>.</summary>
/// <param name="Kind">Plan, run (all jobs or one shard) or collect.</param>
/// <param name="Shard">The share of jobs to run (<see cref="ShardSpec.All"/> without <c>--shard</c>); for
/// <see cref="AuditModeKind.Plan"/> the shard count shown in the plan's shard column.</param>
public sealed record AuditMode(AuditModeKind Kind, ShardSpec Shard)
{
    /// <summary>
    /// Resolves the three options. <c>--plan</c> and <c>--collect</c> exclude each other; <c>--shard</c> with
    /// <c>--collect</c> is refused (collecting is for the whole audit); a run without <c>--shard</c> runs every job
    /// and then collects, a shard only runs its jobs.
    /// </summary>
    public static AuditMode Resolve(bool plan, string? shard, bool collect)
    {
        if (plan && collect)
            throw new RadAuditException("--plan and --collect exclude each other: print the plan, or assemble finished jobs.", CommandLineApp.Usage);
        if (collect && shard is not null)
            throw new RadAuditException("--collect assembles the whole audit: drop --shard (run the shards first, then collect once).", CommandLineApp.Usage);
        ShardSpec share = shard is null ? ShardSpec.All : ShardSpec.Parse(shard);
        if (plan)
            return new AuditMode(AuditModeKind.Plan, new ShardSpec(1, share.Count));
        if (collect)
            return new AuditMode(AuditModeKind.Collect, ShardSpec.All);
        return new AuditMode(shard is null ? AuditModeKind.RunAll : AuditModeKind.RunShard, share);
    }
}
