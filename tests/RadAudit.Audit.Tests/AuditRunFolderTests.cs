using RadAudit.Audit.Planning;
using RadAudit.Audit.RunFolder;
using RadAudit.Core;
using RadAudit.Testing;

namespace RadAudit.Audit.Tests;

public sealed class AuditRunFolderTests
{
    private static readonly AuditPlan Plan = AuditPlan.Create(ConditionList.Parse("original,cover,labels-only"), seedCount: 2);

    /// <summary>Stands in for training: writes an output, then the done marker (as the real runner must).</summary>
    private static void FakeRun(AuditRunFolder run, AuditJob job)
    {
        string folder = run.StartJob(job);
        File.WriteAllText(Path.Combine(folder, "predictions.csv"), $"path,label,score\n{job.Id}.png,1,0.9\n");
        run.MarkDone(job);
    }

    [Fact]
    public void Should_tell_pending_started_and_done_jobs_apart()
    {
        // Given one finished job, one interrupted job (folder, no marker) and the rest untouched
        using var folder = new TemporaryFolder();
        var run = new AuditRunFolder(folder.Path);
        FakeRun(run, Plan.Jobs[0]);
        run.StartJob(Plan.Jobs[1]);

        // When the whole audit is scheduled
        JobSchedule schedule = JobSchedule.For(Plan, ShardSpec.All, run);

        // Then the finished job is reused, the interrupted one resumed first, the others started
        Assert.Equal([Plan.Jobs[0]], schedule.Reused);
        Assert.Equal([Plan.Jobs[1]], schedule.Resumed);
        Assert.Equal(Plan.Jobs.Skip(2), schedule.Started);
        Assert.Equal(Plan.Jobs.Skip(1), schedule.ToRun);
    }

    [Fact]
    public void Should_collect_after_two_shards_ran_one_after_another()
    {
        // Given a run folder and a plan of six jobs
        using var folder = new TemporaryFolder();
        var run = new AuditRunFolder(folder.Path);

        // When shard 1/2 runs, collect is refused, then shard 2/2 runs
        foreach (AuditJob job in RunShard(run, new ShardSpec(1, 2)))
            FakeRun(run, job);
        var partial = Assert.Throws<RadAuditException>(() => JobCollector.Collect(run, Plan));
        foreach (AuditJob job in RunShard(run, new ShardSpec(2, 2)))
            FakeRun(run, job);
        var collected = JobCollector.Collect(run, Plan);

        // Then the partial collect named the missing jobs, and the full collect returns every job's folder in plan order
        Assert.Contains("3 of 6 audit jobs are not done", partial.Message);
        Assert.Contains("cover-seed1 (not started)", partial.Message);
        Assert.Equal(Plan.Jobs, collected.Select(done => done.Job));
        Assert.All(collected, done => Assert.True(File.Exists(Path.Combine(done.Folder, "predictions.csv"))));
    }

    [Fact]
    public void Should_reuse_finished_jobs_when_a_shard_is_rerun()
    {
        // Given shard 1/2 finished
        using var folder = new TemporaryFolder();
        var run = new AuditRunFolder(folder.Path);
        foreach (AuditJob job in RunShard(run, new ShardSpec(1, 2)))
            FakeRun(run, job);

        // When it is scheduled again
        JobSchedule again = JobSchedule.For(Plan, new ShardSpec(1, 2), run);

        // Then there is nothing left to run
        Assert.Empty(again.ToRun);
        Assert.Equal(3, again.Reused.Count);
    }

    [Fact]
    public void Should_refuse_a_shard_planned_with_different_options()
    {
        // Given a run folder planned for three conditions and two seeds
        using var folder = new TemporaryFolder();
        var run = new AuditRunFolder(folder.Path);
        AuditPlanFile.WriteOrVerify(run, Plan);

        // When a shard asks for three seeds in the same folder
        var other = AuditPlan.Create(Plan.Conditions, seedCount: 3);
        var error = Assert.Throws<RadAuditException>(() => AuditPlanFile.WriteOrVerify(run, other));

        // Then the error names plan.json, both plans and the fix
        Assert.Contains("plan.json", error.Message);
        Assert.Contains("seeds 1,2,3", error.Message);
        Assert.Contains("new output folder", error.Message);
    }

    private static IReadOnlyList<AuditJob> RunShard(AuditRunFolder run, ShardSpec shard)
    {
        AuditPlanFile.WriteOrVerify(run, Plan);
        return JobSchedule.For(Plan, shard, run).ToRun;
    }
}
