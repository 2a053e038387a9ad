using System.Diagnostics;
using RadAudit.Core;
using RadAudit.Learning.Models;
using RadAudit.Learning.Models.Pretrained;
using RadAudit.Learning.Prediction;
using RadAudit.Learning.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Learning.Training;

/// <summary>
/// Trains one model into a run folder: weighted BCE, Adam, plateau schedule, early stopping and model selection
/// on the selection split; per-epoch metrics, atomic <c>last</c>/<c>best</c> checkpoints, and exact resume.
/// </summary>
/// <remarks>
/// Deterministic on the CPU for a given seed and thread count: weights are drawn after
/// <c>torch.manual_seed(seed)</c>, every epoch reseeds torch with seed + epoch, and the batch source shuffles as a
/// function of (seed, epoch). A resumed run reloads weights, Adam's moments and the schedule from <c>last</c> and so
/// ends with the same weights as an uninterrupted one. CUDA kernels are not all deterministic (docs/training.md).
/// </remarks>
public static class Trainer
{
    /// <summary>Runs (or resumes) training. Throws <see cref="OperationCanceledException"/> when cancelled; the
    /// last finished epoch's checkpoint is kept and <see cref="TrainingOptions.Resume"/> continues from it.</summary>
    public static TrainingResult Train(TrainingOptions options, TrainingData data, string runFolder,
        IProgress<ProgressReport>? progress = null, CancellationToken cancellation = default)
    {
        Validate(options);
        MemoryLayout layout = MemoryLayoutNames.Resolve(options.MemoryFormat, options.Architecture);
        ComputePrecision precision = ComputePrecisionNames.Parse(options.Precision);
        options = options with { MemoryFormat = MemoryLayoutNames.NameOf(layout), Precision = ComputePrecisionNames.NameOf(precision) };
        if (options.Threads is int threads) torch.set_num_threads(threads);
        NativeHeapTuning.EnsureApplied();
        Device device = ComputeDevice.Resolve(options.Device);
        var run = new RunFolder(runFolder);
        bool resuming = RunStart.PrepareFolder(run, options);
        RunStart.WriteConfiguration(run, options, data, device, resuming);

        torch.manual_seed(options.Seed);
        using AbnormalityClassifier model = ModelRegistry.Create(options.Architecture);
        PretrainedLoadReport? pretrained = !resuming && options.PretrainedPath is string weights
            ? PretrainedWeights.Load(model, weights)
            : null;
        model.to(device);
        model.UseLayout(layout);
        model.UsePrecision(precision);
        using var optimizer = new FlatAdam(model.parameters(), options.LearningRate);
        TrainingState state = resuming
            ? CheckpointFile.Load(run.LastCheckpoint, model, optimizer)
            : new TrainingState { LearningRate = options.LearningRate };
        RunStart.ReopenIfExtended(state, options);

        while (!state.Stopped)
            RunEpoch(model, optimizer, state, options, data, run, device, progress, cancellation);
        return new TrainingResult(run, state.BestEpoch, state.BestSelectionLoss, state.StopReason ?? "",
            MetricsLog.Read(run.MetricsPath), pretrained);
    }

    private static void RunEpoch(AbnormalityClassifier model, FlatAdam optimizer, TrainingState state,
        TrainingOptions options, TrainingData data, RunFolder run, Device device, IProgress<ProgressReport>? progress,
        CancellationToken cancellation)
    {
        int epoch = state.CompletedEpochs + 1;
        double learningRate = state.LearningRate;
        optimizer.LearningRate = learningRate;
        torch.manual_seed(options.Seed + epoch);
        var clock = Stopwatch.StartNew();
        (double trainLoss, double imagesPerSecond) =
            EpochTrainer.Run(model, optimizer, data, options, epoch, device, progress, run.LastCheckpoint, cancellation);
        SplitEvaluation valid = Evaluate(model, data.Valid, device, progress, $"epoch {epoch} valid", cancellation);
        SplitEvaluation selection = data.Selection is null
            ? valid
            : Evaluate(model, data.Selection, device, progress, $"epoch {epoch} holdout", cancellation);
        bool isBest = state.RecordEpoch(epoch, selection.Loss, options);
        if (isBest) CheckpointFile.Save(run.BestCheckpoint, model, null, state);
        MetricsLog.Append(run.MetricsPath, new EpochMetrics(epoch, trainLoss, valid.Loss, NullIfNaN(valid.ImageAuc),
            NullIfNaN(valid.StudyAuc), data.SelectionName, selection.Loss, learningRate, clock.Elapsed.TotalSeconds,
            imagesPerSecond, isBest));
        CheckpointFile.Save(run.LastCheckpoint, model, optimizer, state);
    }

    private static SplitEvaluation Evaluate(AbnormalityClassifier model, IBatchSource source, Device device,
        IProgress<ProgressReport>? progress, string stage, CancellationToken cancellation)
    {
        var (predictions, loss) = ModelScorer.Score(model, source, device, progress, stage, cancellation);
        return SplitEvaluation.From(predictions, loss);
    }

    private static double? NullIfNaN(double value) => double.IsNaN(value) ? null : value;

    private static void Validate(TrainingOptions options)
    {
        if (options.Epochs < 1) throw new RadAuditException($"{options.Epochs} epochs: give at least 1.", exitCode: 2, setting: Settings.Epochs);
        if (!(options.LearningRate > 0)) throw new RadAuditException($"learning rate {options.LearningRate}: give a positive one.", exitCode: 2, setting: Settings.LearningRate);
        if (options.GradientClipNorm is double clip && !(clip > 0))
            throw new RadAuditException($"gradient clipping at {clip}: give a positive maximum gradient norm.", exitCode: 2, setting: Settings.GradientClip);
        if (options.EarlyStoppingPatience < 1 || options.PlateauPatience < 1)
            throw new RadAuditException("early-stopping patience must be at least 1 epoch.", exitCode: 2, setting: Settings.Patience);
    }
}
