using System.CommandLine;
using RadAudit.Audit.Planning;
using RadAudit.Cli.Verbs;

namespace RadAudit.Cli.Tests.Audit;

public sealed class AuditPlanningOptionsTests
{
    private static (AuditPlan Plan, AuditMode Mode) Parse(params string[] args)
    {
        var options = new AuditPlanningOptions();
        var command = new Command("audit");
        options.AddTo(command);
        ParseResult parse = command.Parse(args);
        Assert.Empty(parse.Errors);
        return (options.ReadPlan(parse), options.ReadMode(parse));
    }

    [Fact]
    public void Should_default_to_five_conditions_two_seeds_and_running_everything()
    {
        var (plan, mode) = Parse();
        Assert.Equal(["original-seed1", "cover-seed1", "labels-only-seed1", "random-cover-seed1", "labels-geometry-seed1",
            "original-seed2", "cover-seed2", "labels-only-seed2", "random-cover-seed2", "labels-geometry-seed2"], plan.Jobs.Select(job => job.Id));
        Assert.Equal(AuditModeKind.RunAll, mode.Kind);
    }

    [Fact]
    public void Should_read_conditions_seeds_and_shard()
    {
        var (plan, mode) = Parse("--conditions", "original,cover", "--seeds", "2", "--seed", "10", "--shard", "2/2");
        Assert.Equal(["original-seed10", "cover-seed10", "original-seed11", "cover-seed11"], plan.Jobs.Select(job => job.Id));
        Assert.Equal(new AuditMode(AuditModeKind.RunShard, new ShardSpec(2, 2)), mode);
    }

    [Fact]
    public void Should_read_plan_and_collect()
    {
        Assert.Equal(AuditModeKind.Plan, Parse("--plan").Mode.Kind);
        Assert.Equal(AuditModeKind.Collect, Parse("--collect").Mode.Kind);
    }
}
