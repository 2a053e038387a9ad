using RadAudit.Audit.Planning;
using RadAudit.Cli.Verbs;
using RadAudit.Core;

namespace RadAudit.Cli.Tests.Audit;

public sealed class AuditModeTests
{
    [Fact]
    public void Should_run_everything_without_options()
    {
        Assert.Equal(new AuditMode(AuditModeKind.RunAll, ShardSpec.All), AuditPlanningOptions.Resolve(plan: false, shard: null, collect: false));
    }

    [Fact]
    public void Should_run_one_share_with_shard()
    {
        Assert.Equal(new AuditMode(AuditModeKind.RunShard, new ShardSpec(2, 3)), AuditPlanningOptions.Resolve(false, "2/3", false));
    }

    [Fact]
    public void Should_plan_with_the_shard_count_for_the_shard_column()
    {
        Assert.Equal(new AuditMode(AuditModeKind.Plan, new ShardSpec(1, 3)), AuditPlanningOptions.Resolve(true, "2/3", false));
    }

    [Fact]
    public void Should_refuse_plan_with_collect_and_shard_with_collect()
    {
        Assert.Contains("exclude each other", Assert.Throws<RadAuditException>(() => AuditPlanningOptions.Resolve(true, null, true)).Message);
        Assert.Contains("drop --shard", Assert.Throws<RadAuditException>(() => AuditPlanningOptions.Resolve(false, "1/2", true)).Message);
    }
}
