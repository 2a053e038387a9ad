using RadAudit.Core;
using RadAudit.Learning.Prediction;
using RadAudit.Learning.Training;
using RadAudit.Testing;
using TorchSharp;

namespace RadAudit.Learning.Tests.Training;

[Trait("Category", "Slow")]
public sealed class TrainerTests
{
    [Fact]
    public void Should_reach_auc_1_on_a_trivially_separable_set_and_write_the_run_folder()
    {
        // Given a separable synthetic set and densenet-small
        using var folder = new TemporaryFolder();
        TrainingData data = SeparableData.Splits();

        // When it trains for 4 epochs
        TrainingResult result = Trainer.Train(SeparableData.Options(4), data, folder.Path);

        // Then the last epoch separates valid perfectly at image and study level, and the run folder is complete
        EpochMetrics last = result.Metrics[^1];
        Assert.Equal(4, result.Metrics.Count);
        Assert.Equal(1.0, last.ValidImageAuc);
        Assert.Equal(1.0, last.ValidStudyAuc);
        Assert.True(last.TrainLoss < result.Metrics[0].TrainLoss, "training loss falls");
        Assert.True(File.Exists(result.Run.ConfigPath));
        Assert.True(File.Exists(result.Run.BestCheckpoint));
        Assert.True(File.Exists(result.Run.LastCheckpoint));
        Assert.Contains("\"fingerprint\"", File.ReadAllText(result.Run.ConfigPath));

        // And the predictor reproduces the run's valid scores from the best checkpoint
        using Predictor predictor = Predictor.Open(folder.Path, "last", "cpu");
        IReadOnlyList<PredictionRecord> predictions = predictor.Predict(data.Valid);
        Assert.Equal(data.Valid.Records.Count, predictions.Count);
        Assert.All(predictions, prediction => Assert.InRange(prediction.Score, 0.0, 1.0));
        Assert.Equal(1.0, SplitEvaluation.From(predictions, 0).ImageAuc);
    }

    [Fact]
    public void Should_be_deterministic_for_a_seed_on_cpu()
    {
        // Given two runs with the same seed and data
        using var first = new TemporaryFolder();
        using var second = new TemporaryFolder();

        // When both train one epoch
        TrainingResult a = Trainer.Train(SeparableData.Options(1), SeparableData.Splits(), first.Path);
        TrainingResult b = Trainer.Train(SeparableData.Options(1), SeparableData.Splits(), second.Path);

        // Then the losses and the weights are identical
        Assert.Equal(a.Metrics[0].TrainLoss, b.Metrics[0].TrainLoss);
        Assert.Equal(a.Metrics[0].ValidLoss, b.Metrics[0].ValidLoss);
        Assert.True(CheckpointAssert.SameWeights(a.Run.LastCheckpoint, b.Run.LastCheckpoint));
    }

    [Fact]
    public void Should_refuse_to_overwrite_a_run_without_resume()
    {
        // Given a finished run
        using var folder = new TemporaryFolder();
        Trainer.Train(SeparableData.Options(1), SeparableData.Splits(), folder.Path);

        // When a new run targets the same folder without --resume
        var problem = Assert.Throws<RadAuditException>(() => Trainer.Train(SeparableData.Options(1), SeparableData.Splits(), folder.Path));

        // Then the message names the folder and the fix
        Assert.Contains(Settings.Mention(Settings.Resume), problem.Message);
        Assert.Equal(Settings.Output, problem.Setting);
    }

    [Fact]
    public void Should_stop_on_a_non_finite_loss_and_keep_the_last_good_checkpoint()
    {
        // Given data whose second epoch holds NaN pixels
        using var folder = new TemporaryFolder();
        TrainingData clean = SeparableData.Splits();
        var poisoned = clean with { Train = new PoisonedSource(clean.Train, poisonFromEpoch: 2) };

        // When training reaches epoch 2
        var problem = Assert.Throws<RadAuditException>(() => Trainer.Train(SeparableData.Options(3), poisoned, folder.Path));

        // Then the message says what happened and where the good checkpoint is, and that checkpoint is epoch 1's
        Assert.Contains("NaN", problem.Message);
        Assert.Contains("last.ckpt", problem.Message);
        Assert.Single(MetricsLog.Read(new RunFolder(folder.Path).MetricsPath));
        using Predictor predictor = Predictor.Open(folder.Path, "last", "cpu");
        Assert.All(predictor.Predict(clean.Valid), prediction => Assert.True(double.IsFinite(prediction.Score)));
    }

    [Fact]
    public void Should_keep_the_number_of_live_tensors_flat_across_epochs()
    {
        // Given a progress observer that samples live tensors at each epoch's first step
        using var folder = new TemporaryFolder();
        var liveAtEpochStart = new Dictionary<string, long>();
        var progress = new SynchronousProgress(report =>
        {
            if (report.Stage.StartsWith("epoch", StringComparison.Ordinal) && !liveAtEpochStart.ContainsKey(report.Stage))
                liveAtEpochStart[report.Stage] = DisposeScopeManager.Statistics.ThreadTotalLiveCount;
        });

        // When three epochs run
        Trainer.Train(SeparableData.Options(3), SeparableData.Splits(), folder.Path, progress);

        // Then epochs 2 and 3 start with the same number of live tensors (nothing leaks per epoch)
        Assert.Equal(liveAtEpochStart["epoch 2/3"], liveAtEpochStart["epoch 3/3"]);
    }

    [Fact]
    public void Should_keep_resident_memory_flat_across_epochs()
    {
        // Given 96 px images, so one step's activations are tens of MB and anything kept per step shows at once,
        // and an observer that reads the process's resident memory at each epoch's first step
        using var folder = new TemporaryFolder();
        var residentAtEpochStart = new Dictionary<string, long>();
        var progress = new SynchronousProgress(report =>
        {
            if (!residentAtEpochStart.ContainsKey(report.Stage)) residentAtEpochStart[report.Stage] = ResidentMegabytes();
        });

        // When eight epochs of 4 steps run
        Trainer.Train(SeparableData.Options(8) with { ImageSize = 96, BatchSize = 16 },
            SeparableData.Splits(trainImages: 64, validImages: 16, batchSize: 16, size: 96), folder.Path, progress);

        // Then, after the first two epochs warm libtorch and the allocator up, resident memory stays within 40 MB
        long baseline = residentAtEpochStart["epoch 3/8"];
        long highest = Enumerable.Range(4, 5).Max(epoch => residentAtEpochStart[$"epoch {epoch}/8"]);
        Assert.True(highest - baseline < 40,
            $"resident memory grew from {baseline} MB at epoch 3 to {highest} MB: " +
            string.Join(", ", residentAtEpochStart.Where(entry => !entry.Key.Contains("valid")).Select(entry => $"{entry.Key} {entry.Value} MB")));
    }

    // A fresh Process object reads the current figure (Linux: VmRSS), as `radaudit data bench` does for its peak.
    private static long ResidentMegabytes() => System.Diagnostics.Process.GetCurrentProcess().WorkingSet64 >> 20;
}
