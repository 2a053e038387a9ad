using RadAudit.Audit.Planning;
using RadAudit.Audit.RunFolder;
using RadAudit.Audit.Steps;
using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Learning.Training;
using RadAudit.Testing;

namespace RadAudit.Audit.Tests;

/// <summary>Work in a run folder made from other inputs is found before anything runs, refused with what changed, or
/// moved aside when asked; collecting never mixes it in.</summary>
public sealed class StaleWorkTests : IDisposable
{
    private static readonly AuditPlan Plan = AuditPlan.Create(ConditionList.Parse("original,cover"), seedCount: 1);
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static AuditSettings Settings(string outFolder, TrainingOptions? training = null) => new()
    {
        DataPath = "/data",
        OutFolder = outFolder,
        Training = training ?? new TrainingOptions { Architecture = "densenet-small", ImageSize = 32, Epochs = 1 },
    };

    private static CheckedData Data(string root, params string[] contentHashes)
    {
        var records = new List<ImageRecord>
        {
            new("a.png", 1, "a", "p1", "XR_WRIST", Splits.Train),
            new("b.png", 0, "b", "p2", "XR_WRIST", Splits.Valid),
        };
        return CheckedData.Of(new ImageDataSet(DataSetKind.Manifest, root, root, records, []), contentHashes.Length > 0 ? contentHashes : ["11", "22"]);
    }

    private static readonly BoxIndex Boxes = new([new LabelBox("a.png", 1, 2, 3, 4, LabelKinds.Laterality)], "/boxes.csv");

    // A finished job made from <paramref name="inputs"/>, as the audit leaves it.
    private static void Finished(AuditRunFolder run, AuditJob job, AuditFingerprint inputs)
    {
        string folder = run.StartJob(job);
        inputs.ForJob(job).Write(run.FingerprintFile(job));
        File.WriteAllText(Path.Combine(folder, "predictions.csv"), "path,label,score\n");
        run.MarkDone(job);
    }

    [Fact]
    public void Should_name_every_changed_input_old_and_new()
    {
        // Given the inputs of a first audit, and a second with another architecture, image size, epochs and data
        AuditFingerprint first = AuditFingerprint.ForJobs(Settings("/run"), Data("/d"), Boxes);
        AuditFingerprint second = AuditFingerprint.ForJobs(Settings("/run", new TrainingOptions { Architecture = "resnet-18", ImageSize = 64, Epochs = 2 }),
            Data("/elsewhere", "11", "33"), Boxes);

        // When compared
        IReadOnlyList<string> changes = second.ChangesFrom(first);

        // Then each change names its setting with both values; the data's location alone is not a change
        Assert.Contains("the architecture setting: densenet-small → resnet-18", changes);
        Assert.Contains("the image-size setting: 32 → 64", changes);
        Assert.Contains("the epochs setting: 1 → 2", changes);
        Assert.Single(changes, change => change.StartsWith("the data setting: 2 images (1 train, 1 valid), content ", StringComparison.Ordinal));
        Assert.Equal(4, changes.Count);
        Assert.Empty(AuditFingerprint.ForJobs(Settings("/other-run"), Data("/moved"), Boxes).ChangesFrom(first));
        Assert.NotEqual(first.Hash, second.Hash);
    }

    [Fact]
    public void Should_fingerprint_built_in_starting_weights_by_the_content_of_the_shipped_file()
    {
        // Given an audit that starts from the built-in weights (as the demo does), and one that starts from random weights
        var builtIn = new TrainingOptions { Architecture = "densenet-small", ImageSize = 32, Epochs = 1, PretrainedPath = StartingWeights.SyntheticAnatomy };
        AuditFingerprint started = AuditFingerprint.ForJobs(Settings("/run", builtIn), Data("/d"), Boxes);
        AuditFingerprint random = AuditFingerprint.ForJobs(Settings("/run"), Data("/d"), Boxes);

        // Then the built-in start is named with its file's content (not as a missing file), and differs from random
        Assert.StartsWith("builtin:synthetic-anatomy (densenet-small-synthetic-anatomy-128.safetensors, content ", started.Fields["pretrained"]);
        Assert.Contains("the pretrained setting: none → builtin:synthetic-anatomy (", started.ChangesFrom(random).Single());
    }

    [Fact]
    public void Should_ignore_how_the_same_computation_runs_but_not_what_it_computes()
    {
        // Given the same audit asked for with other workers, threads, device and memory layout, and one with bf16
        AuditFingerprint baseline = AuditFingerprint.ForJobs(Settings("/run"), Data("/d"), Boxes);
        var elsewhere = Settings("/run") with
        {
            Workers = 7,
            Training = Settings("/run").Training with { Threads = 3, Device = "cuda", MemoryFormat = "channels-last" },
        };
        var bf16 = Settings("/run") with { Training = Settings("/run").Training with { Precision = "bf16" } };

        // Then only the precision changes the fingerprint
        Assert.Equal(baseline.Hash, AuditFingerprint.ForJobs(elsewhere, Data("/d"), Boxes).Hash);
        Assert.Equal(["the precision setting: fp32 → bf16"], AuditFingerprint.ForJobs(bf16, Data("/d"), Boxes).ChangesFrom(baseline));
    }

    [Fact]
    public void Should_refuse_finished_jobs_made_from_other_inputs_naming_the_change_and_the_ways_out()
    {
        // Given a run folder whose two jobs finished with 1 epoch
        var run = new AuditRunFolder(_folder.Combine("run"));
        AuditFingerprint made = AuditFingerprint.ForJobs(Settings(run.Root), Data("/d"), Boxes);
        AuditPlanFile.Record(run, Plan, made);
        foreach (AuditJob job in Plan.Jobs) Finished(run, job, made);

        // When the same audit is asked for with 2 epochs
        AuditFingerprint asked = AuditFingerprint.ForJobs(Settings(run.Root, Settings(run.Root).Training with { Epochs = 2 }), Data("/d"), Boxes);
        StaleWork stale = StaleWork.Find(run, Plan, asked, "data");
        RadAuditException refusal = stale.Refusal(run, collecting: false);

        // Then both jobs are stale and the refusal names the change, the output setting and the force setting
        Assert.Equal(["original-seed1", "cover-seed1"], stale.Jobs.Select(job => job.Job.Id));
        Assert.Equal($"{run.Root}: this run folder was made from other inputs (2 job folder(s) hold work made from them), so its work would " +
            "not match this command's: the epochs setting: 1 → 2. Repeat the options the folder was made with, choose a new output folder, " +
            $"or add the force setting to move the stale work aside (into {Path.Combine(run.Root, "stale")}/) and start it again.", refusal.Message);
        Assert.Equal(RadAudit.Core.Settings.Output, refusal.Setting);
    }

    [Fact]
    public void Should_count_a_finished_job_without_a_fingerprint_as_stale()
    {
        // Given a job folder finished by a RadAudit that wrote no fingerprint
        var run = new AuditRunFolder(_folder.Combine("run"));
        string folder = run.StartJob(Plan.Jobs[0]);
        File.WriteAllText(Path.Combine(folder, "predictions.csv"), "path,label,score\n");
        run.MarkDone(Plan.Jobs[0]);

        // When the folder is checked, then that job is stale with the reason
        StaleWork stale = StaleWork.Find(run, Plan, AuditFingerprint.ForJobs(Settings(run.Root), Data("/d"), Boxes), "data");
        var (job, changes) = Assert.Single(stale.Jobs);
        Assert.Equal(Plan.Jobs[0], job);
        Assert.Equal(["no fingerprint.json (made before fingerprints, or by hand)"], changes);
    }

    [Fact]
    public void Should_move_stale_jobs_plan_and_results_aside_when_asked_and_say_where()
    {
        // Given a finished audit made with 1 epoch, with its results and report
        var run = new AuditRunFolder(_folder.Combine("run"));
        AuditFingerprint made = AuditFingerprint.ForJobs(Settings(run.Root), Data("/d"), Boxes);
        AuditPlanFile.Record(run, Plan, made);
        foreach (AuditJob job in Plan.Jobs) Finished(run, job, made);
        File.WriteAllText(run.ResultsFile, "{}");
        File.WriteAllText(run.ReportFile, "<html>");

        // When it is asked for with 2 epochs, replacing stale work
        AuditFingerprint asked = AuditFingerprint.ForJobs(Settings(run.Root, Settings(run.Root).Training with { Epochs = 2 }), Data("/d"), Boxes);
        string said = StaleWork.Find(run, Plan, asked, "data").MoveAside(run);

        // Then jobs, plan, results and report are under stale/<time>/, nothing is deleted, and the folder is clean for the new inputs
        string moved = Assert.Single(Directory.GetDirectories(Path.Combine(run.Root, "stale")));
        Assert.True(File.Exists(Path.Combine(moved, "jobs", "original-seed1", "done")));
        Assert.True(File.Exists(Path.Combine(moved, "plan.json")) && File.Exists(Path.Combine(moved, "results.json")) && File.Exists(Path.Combine(moved, "report.html")));
        Assert.False(Directory.Exists(run.JobFolder(Plan.Jobs[0])) || File.Exists(run.PlanFile) || File.Exists(run.ResultsFile));
        Assert.Equal($"replacing work made from other inputs: moved 2 job folder(s) (original-seed1, cover-seed1), plan.json, results.json, " +
            $"report.html to {moved}; delete that folder once you no longer need it.", said);
        Assert.True(StaleWork.Find(run, Plan, asked, "data").IsEmpty);
    }

    [Fact]
    public void Should_not_move_a_stale_job_another_process_works_on()
    {
        // Given a stale job whose lock is held (here by another handle, as another process would)
        var run = new AuditRunFolder(_folder.Combine("run"));
        AuditFingerprint made = AuditFingerprint.ForJobs(Settings(run.Root), Data("/d"), Boxes);
        Finished(run, Plan.Jobs[0], made);
        using JobLock held = JobLock.TryAcquire(run.JobFolder(Plan.Jobs[0]), out _)!;

        // When stale work is to be moved aside, then it is refused naming the holder, and nothing moved
        AuditFingerprint asked = AuditFingerprint.ForJobs(Settings(run.Root, Settings(run.Root).Training with { Epochs = 2 }), Data("/d"), Boxes);
        var refusal = Assert.Throws<RadAuditException>(() => StaleWork.Find(run, Plan, asked, "data").MoveAside(run));
        Assert.Contains($"this stale job is being worked on by pid {Environment.ProcessId} on host {Environment.MachineName}", refusal.Message);
        Assert.True(File.Exists(Path.Combine(run.JobFolder(Plan.Jobs[0]), "done")));
    }

    [Fact]
    public void Should_collect_only_jobs_made_from_the_collecting_inputs()
    {
        // Given a finished audit made with densenet-small
        var run = new AuditRunFolder(_folder.Combine("run"));
        AuditFingerprint made = AuditFingerprint.ForJobs(Settings(run.Root), Data("/d"), Boxes);
        AuditPlanFile.Record(run, Plan, made);
        foreach (AuditJob job in Plan.Jobs) Finished(run, job, made);

        // When it is collected as a resnet-18 audit, then collecting is refused and names the change
        AuditFingerprint asked = AuditFingerprint.ForJobs(Settings(run.Root, Settings(run.Root).Training with { Architecture = "resnet-18" }), Data("/d"), Boxes);
        var refusal = Assert.Throws<RadAuditException>(() => JobCollector.Collect(run, Plan, asked));
        Assert.Contains("original-seed1, cover-seed1: the architecture setting: densenet-small → resnet-18", refusal.Message);
        Assert.Contains("Collect with the options the audit ran with", refusal.Message);
        Assert.Equal(2, JobCollector.Collect(run, Plan, made).Count);
    }

    [Fact]
    public void Should_refuse_a_shard_whose_inputs_differ_from_the_plan_another_shard_recorded()
    {
        // Given shard 1 recorded the plan with 1 epoch and has not started a job yet
        var run = new AuditRunFolder(_folder.Combine("run"));
        AuditPlanFile.Record(run, Plan, AuditFingerprint.ForJobs(Settings(run.Root), Data("/d"), Boxes));

        // When shard 2 starts with 3 epochs, then it is refused before it writes anything
        AuditFingerprint other = AuditFingerprint.ForJobs(Settings(run.Root, Settings(run.Root).Training with { Epochs = 3 }), Data("/d"), Boxes);
        Assert.Contains("the epochs setting: 1 → 3", StaleWork.Find(run, Plan, other, "data").Refusal(run, false).Message);
        var refusal = Assert.Throws<RadAuditException>(() => AuditPlanFile.Record(run, Plan, other));
        Assert.Contains("the epochs setting: 1 → 3", refusal.Message);
        Assert.False(Directory.Exists(run.JobsFolder));
    }
}
