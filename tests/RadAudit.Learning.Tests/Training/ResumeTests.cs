using RadAudit.Core;
using RadAudit.Learning.Training;
using RadAudit.Testing;

namespace RadAudit.Learning.Tests.Training;

[Trait("Category", "Slow")]
public sealed class ResumeTests
{
    [Theory]
    [InlineData("contiguous")]
    [InlineData("channels-last")]
    public void Should_end_with_the_same_weights_when_resumed_after_a_kill_mid_epoch(string memoryFormat)
    {
        // Given an uninterrupted 2-epoch run
        using var straight = new TemporaryFolder();
        using var interrupted = new TemporaryFolder();
        TrainingOptions options = SeparableData.Options(2) with { MemoryFormat = memoryFormat };
        TrainingResult reference = Trainer.Train(options, SeparableData.Splits(), straight.Path);

        // When another run is cancelled during epoch 2 (after two steps) and then resumed
        using var cancel = new CancellationTokenSource();
        var killer = new SynchronousProgress(report =>
        {
            if (report.Stage == "epoch 2/2" && report.Done >= 16) cancel.Cancel();
        });
        Assert.ThrowsAny<OperationCanceledException>(() =>
            Trainer.Train(options, SeparableData.Splits(), interrupted.Path, killer, cancel.Token));
        Assert.Single(MetricsLog.Read(new RunFolder(interrupted.Path).MetricsPath));
        TrainingResult resumed = Trainer.Train(options with { Resume = true }, SeparableData.Splits(), interrupted.Path);

        // Then weights, metrics and schedule equal the uninterrupted run's
        Assert.True(CheckpointAssert.SameWeights(reference.Run.LastCheckpoint, resumed.Run.LastCheckpoint));
        Assert.Equal(reference.Metrics.Select(line => line.TrainLoss), resumed.Metrics.Select(line => line.TrainLoss));
        Assert.Equal(reference.Metrics.Select(line => line.LearningRate), resumed.Metrics.Select(line => line.LearningRate));
    }

    [Fact]
    public void Should_continue_a_finished_run_when_resumed_with_more_epochs()
    {
        // Given a 1-epoch run and an uninterrupted 2-epoch run
        using var extended = new TemporaryFolder();
        using var straight = new TemporaryFolder();
        Trainer.Train(SeparableData.Options(1), SeparableData.Splits(), extended.Path);
        TrainingResult reference = Trainer.Train(SeparableData.Options(2), SeparableData.Splits(), straight.Path);

        // When the first is resumed with --epochs 2
        TrainingResult result = Trainer.Train(SeparableData.Options(2) with { Resume = true }, SeparableData.Splits(), extended.Path);

        // Then it ran exactly one more epoch and matches the uninterrupted run
        Assert.Equal(2, result.Metrics.Count);
        Assert.True(CheckpointAssert.SameWeights(reference.Run.LastCheckpoint, result.Run.LastCheckpoint));
    }

    [Fact]
    public void Should_refuse_to_resume_on_different_data()
    {
        // Given a run on 32 training images
        using var folder = new TemporaryFolder();
        Trainer.Train(SeparableData.Options(1), SeparableData.Splits(trainImages: 32), folder.Path);

        // When it is resumed on 24
        var problem = Assert.Throws<RadAuditException>(() =>
            Trainer.Train(SeparableData.Options(2) with { Resume = true }, SeparableData.Splits(trainImages: 24), folder.Path));

        // Then the message names the split that changed
        Assert.Contains("train split differs", problem.Message);
    }
}
