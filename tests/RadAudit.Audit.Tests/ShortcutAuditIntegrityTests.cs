using System.Text.Json.Nodes;
using RadAudit.Audit.Planning;
using RadAudit.Audit.RunFolder;
using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Learning.Training;
using RadAudit.Reporting.Results;
using RadAudit.Testing;

namespace RadAudit.Audit.Tests;

/// <summary>An audit's results match its inputs: a job another process works on is left to it, and work made from
/// other options or data is refused before anything runs, or replaced when asked.</summary>
public sealed class ShortcutAuditIntegrityTests : IDisposable
{
    private static readonly AuditPlan OneJob = AuditPlan.Create(["original"], seedCount: 1);
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private (AuditInput Input, AuditSettings Settings) Tiny(string data)
    {
        var input = new AuditInput(DataSetOpener.Open(data), BoxFiles.ReadIndex(Path.Combine(data, "markers.csv")));
        var settings = new AuditSettings
        {
            DataPath = data,
            OutFolder = _folder.Combine("audit"),
            SaliencyImages = 2,
            GalleryImages = 1,
            BootstrapReplicates = 20,
            Workers = 1,
            Training = new TrainingOptions { Architecture = "densenet-small", ImageSize = 32, Epochs = 1, BatchSize = 16, LearningRate = 1e-3, Device = "cpu" },
        };
        return (input, settings);
    }

    [Fact]
    public void Should_leave_a_job_whose_lock_another_process_holds_to_it_and_say_so()
    {
        // Given a one-job audit whose job another worker holds (as a second process on the same --out would)
        var data = SyntheticDataSets.CreateMura(_folder);
        var (input, settings) = Tiny(data.Root);
        var run = new AuditRunFolder(settings.OutFolder);
        using JobLock held = JobLock.TryAcquire(run.JobFolder(OneJob.Jobs[0]), out _)!;
        var log = new StringWriter();

        // When the audit runs as a shard, and as a whole audit
        AuditResults? shard = ShortcutAudit.Run(input, settings, OneJob, new AuditMode(AuditModeKind.RunShard, new ShardSpec(1, 1)), log, null);
        var whole = Assert.Throws<RadAuditException>(() => ShortcutAudit.Run(input, settings, OneJob, AuditMode.RunAll, log, null));

        // Then the shard skips the job and says who works on it; the whole audit says it cannot finish and why; nothing trained
        Assert.Null(shard);
        Assert.Contains("0 job(s) reused, 0 resumed, 1 worked on by other processes, 0 to start (shard 1/1)", log.ToString());
        Assert.Contains($"job original-seed1: pid {Environment.ProcessId} on host {Environment.MachineName} since ", log.ToString());
        Assert.Contains("is working on it (another shard, or a second run on this folder); left to that process.", log.ToString());
        Assert.Contains("1 job(s) are being worked on by other processes: original-seed1 (pid ", whole.Message);
        Assert.False(Directory.Exists(Path.Combine(run.JobFolder(OneJob.Jobs[0]), "train")));
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Should_refuse_a_rerun_with_other_options_or_data_and_replace_the_stale_job_when_forced()
    {
        // Given a finished one-job audit (1 epoch)
        var data = SyntheticDataSets.CreateMura(_folder);
        var (input, settings) = Tiny(data.Root);
        var log = new StringWriter();
        Assert.NotNull(ShortcutAudit.Run(input, settings, OneJob, AuditMode.RunAll, log, null));
        string job = new AuditRunFolder(settings.OutFolder).JobFolder(OneJob.Jobs[0]);
        DateTime trained = File.GetLastWriteTimeUtc(Path.Combine(job, "train", "checkpoints", "best.ckpt"));

        // When it is rerun with 2 epochs, collected as resnet-18, rerun on a copy of the data whose pixels differ, then rerun with 2 epochs forced
        var epochs = settings with { Training = settings.Training with { Epochs = 2 } };
        var moreEpochs = Assert.Throws<RadAuditException>(() => ShortcutAudit.Run(input, epochs, OneJob, AuditMode.RunAll, log, null));
        var resnet = settings with { Training = settings.Training with { Architecture = "resnet-18" } };
        var collect = Assert.Throws<RadAuditException>(() => ShortcutAudit.Run(input, resnet, OneJob, new AuditMode(AuditModeKind.Collect, ShardSpec.All), log, null));
        string copy = _folder.Combine("copy");
        CopyWithOtherPixels(data.Root, copy);
        var otherPixels = Assert.Throws<RadAuditException>(() =>
            ShortcutAudit.Run(new AuditInput(DataSetOpener.Open(copy), input.GivenBoxes), settings with { DataPath = copy }, OneJob, AuditMode.RunAll, log, null));
        string resultsBefore = File.ReadAllText(Path.Combine(settings.OutFolder, "results.json"));
        DateTime untouched = File.GetLastWriteTimeUtc(Path.Combine(job, "train", "checkpoints", "best.ckpt"));
        AuditResults? forced = ShortcutAudit.Run(input, epochs, OneJob, AuditMode.RunAll with { ReplaceStale = true }, log, null);

        // Then the refusals come before any work and name what changed; the forced run moves the old job aside and trains anew
        Assert.Contains("the epochs setting: 1 → 2", moreEpochs.Message);
        Assert.Contains("the force setting", moreEpochs.Message);
        Assert.Contains("the architecture setting: densenet-small → resnet-18", collect.Message);
        Assert.Contains("Collect with the options the audit ran with", collect.Message);
        Assert.Contains("the data setting: ", otherPixels.Message);
        Assert.Equal(trained, untouched);
        Assert.Contains("\"epochs\": 1", resultsBefore);
        Assert.NotNull(forced);
        Assert.Equal(2, forced.Config.Epochs);
        Assert.Contains("replacing work made from other inputs: moved 1 job folder(s) (original-seed1), plan.json, results.json, report.html", log.ToString());
        string stale = Assert.Single(Directory.GetDirectories(Path.Combine(settings.OutFolder, "stale")));
        Assert.True(File.Exists(Path.Combine(stale, "jobs", "original-seed1", "train", "checkpoints", "best.ckpt")));
        JsonNode results = JsonNode.Parse(File.ReadAllText(Path.Combine(settings.OutFolder, "results.json")))!;
        Assert.Equal("2", results["inputs"]!["epochs"]!.GetValue<string>());
        Assert.Equal("2", AuditFingerprint.Read(Path.Combine(job, "fingerprint.json"))!.Fields["epochs"]);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Should_train_and_score_only_the_images_skip_bad_kept()
    {
        // Given synthetic MURA data with one train and one valid image that cannot be decoded
        var data = SyntheticDataSets.CreateMura(_folder);
        var (input, settings) = Tiny(data.Root);
        ImageRecord badTrain = input.Data.ForSplit(Splits.Train).Records[0], badValid = input.Data.ForSplit(Splits.Valid).Records[0];
        foreach (ImageRecord bad in new[] { badTrain, badValid }) File.WriteAllBytes(input.Data.ResolvePath(bad), [1, 2, 3, 4]);
        int train = input.Data.ForSplit(Splits.Train).Records.Count, valid = input.Data.ForSplit(Splits.Valid).Records.Count;

        // When the audit runs without and then with skip-bad
        var stopped = Assert.Throws<RadAuditException>(() => ShortcutAudit.Run(input, settings, OneJob, AuditMode.RunAll, new StringWriter(), null));
        AuditResults? results = ShortcutAudit.Run(input, settings with { SkipBad = true }, OneJob, AuditMode.RunAll, new StringWriter(), null);

        // Then without it nothing trains; with it the job trained on the kept train images and scored only the kept valid ones
        Assert.Contains("the data has errors", stopped.Message);
        Assert.NotNull(results);
        string job = new AuditRunFolder(settings.OutFolder).JobFolder(OneJob.Jobs[0]);
        JsonNode config = JsonNode.Parse(File.ReadAllText(Path.Combine(job, "train", "config.json")))!;
        // (the audit holds part of the train split out for choosing the best epoch)
        Assert.Equal(train - 1, config["data"]!["train"]!["images"]!.GetValue<int>() + config["data"]!["holdout"]!["images"]!.GetValue<int>());
        Assert.Equal(valid - 1, config["data"]!["valid"]!["images"]!.GetValue<int>());
        var scored = Data.Predictions.PredictionsCsvReader.Read(CompletedJob.PredictionsFile(job)).Select(prediction => prediction.Path).ToList();
        Assert.Equal(valid - 1, scored.Count);
        Assert.DoesNotContain(badValid.Path, scored);
        Assert.Equal((train - 1, valid - 1), (results.Config.TrainImages, results.Config.ValidImages));
        JsonNode check = JsonNode.Parse(File.ReadAllText(Path.Combine(settings.OutFolder, "data-check.json")))!;
        Assert.Equal(2, check["skippedImages"]!.GetValue<int>());
    }

    [Fact]
    public void Should_stop_on_a_missing_image_list_even_with_skip_bad_before_any_work()
    {
        // Given synthetic MURA data whose valid image list is missing
        var data = SyntheticDataSets.CreateMura(_folder);
        string list = Path.Combine(data.Root, "MURA-v1.1", "valid_image_paths.csv");
        File.Delete(list);
        var (input, settings) = Tiny(data.Root);

        // When the audit runs with skip-bad
        var stop = Assert.Throws<RadAuditException>(() => ShortcutAudit.Run(input, settings with { SkipBad = true }, OneJob, AuditMode.RunAll, new StringWriter(), null));

        // Then it names the file and says skip-bad cannot leave it out; no job folder was made
        Assert.StartsWith($"{data.Root}: missing-index-file {list}: missing: MURA v1.1 lists the valid images in this file", stop.Message);
        Assert.EndsWith("This concerns no single image, so the skip-bad setting cannot leave it out: fix it.", stop.Message);
        Assert.False(Directory.Exists(Path.Combine(settings.OutFolder, "jobs")));
    }

    // The same layout, paths and labels, with every image re-encoded one shade brighter (as a masked copy would differ).
    private static void CopyWithOtherPixels(string source, string target)
    {
        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            if (!file.EndsWith(".png", StringComparison.Ordinal))
            {
                File.Copy(file, copy);
                continue;
            }
            var image = Imaging.ImageCodec.Decode(file);
            for (int i = 0; i < image.Pixels.Length; i++) image.Pixels[i] = Math.Min(1f, image.Pixels[i] + 1f / 255);
            File.WriteAllBytes(copy, Imaging.ImageCodec.EncodeGrayPng(image));
        }
    }
}
