using RadAudit.Audit.Planning;
using RadAudit.Audit.RunFolder;
using RadAudit.Testing;

namespace RadAudit.Cli.Tests.Audit;

public sealed class AuditPlanPrinterTests
{
    private static readonly AuditPlan Plan = AuditPlan.Create(ConditionList.Parse("original,cover,labels-only"), seedCount: 2);

    [Fact]
    public void Should_print_the_plan_with_shard_and_state_columns()
    {
        // Given one finished job
        using var folder = new TemporaryFolder();
        var run = new AuditRunFolder(folder.Path);
        FakeRun(run, Plan.Jobs[0]);
        var output = new StringWriter();

        // When the plan is printed for three shards
        AuditPlanPrinter.Print(output, Plan, run, shards: 3);

        // Then there is a header and one tab-separated line per job
        string[] lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id\tcondition\tseed\tshard\tstate", lines[0]);
        Assert.Equal("original-seed1\toriginal\t1\t1/3\tdone", lines[1]);
        Assert.Equal("labels-only-seed2\tlabels-only\t2\t3/3\tpending", lines[^1]);
        Assert.Equal(7, lines.Length);
    }

    private static void FakeRun(AuditRunFolder run, AuditJob job)
    {
        run.StartJob(job);
        run.MarkDone(job);
    }
}
