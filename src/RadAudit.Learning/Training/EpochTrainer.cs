using System.Diagnostics;
using RadAudit.Core;
using RadAudit.Learning.Models;
using RadAudit.Learning.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Learning.Training;

/// <summary>One epoch of optimisation: every step in its own dispose scope, progress with loss and images/s.</summary>
internal static class EpochTrainer
{
    public static (double Loss, double ImagesPerSecond) Run(AbnormalityClassifier model, FlatAdam optimizer,
        TrainingData data, TrainingOptions options, int epoch, Device device, IProgress<ProgressReport>? progress,
        string lastCheckpoint, CancellationToken cancellation)
    {
        model.train();
        var clock = Stopwatch.StartNew();
        double lossSum = 0;
        long images = 0;
        int step = 0;
        int total = data.Train.Records.Count;
        string stage = $"epoch {epoch}/{options.Epochs}";
        foreach (var batch in data.Train.Batches(epoch))
        {
            cancellation.ThrowIfCancellationRequested();
            step++;
            float value;
            using (var scope = torch.NewDisposeScope())
            {
                BatchTensors tensors = BatchTensors.From(batch, device);
                value = TrainingStep.Run(model, optimizer, tensors, options.GradientClipNorm);
            }
            FinalizerDrain.AfterStep();
            if (!float.IsFinite(value))
                throw new RadAuditException(
                    $"Training stopped: the loss became {value} at epoch {epoch}, step {step}. The weights were not updated; " +
                    $"the last good checkpoint is kept at {lastCheckpoint}. Lower {Settings.Mention(Settings.LearningRate)} or set {Settings.Mention(Settings.GradientClip)}, then resume the run with {Settings.Mention(Settings.Resume)}.");
            lossSum += (double)value * batch.Count;
            images += batch.Count;
            double perSecond = images / Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
            progress?.Report(new ProgressReport(stage, images, total, $"loss {lossSum / images:0.0000}, {perSecond:0.0} img/s"));
        }
        if (images == 0)
            throw new RadAuditException("The training split yielded no batches. Check that the data folder has training images.");
        return (lossSum / images, images / Math.Max(clock.Elapsed.TotalSeconds, 1e-9));
    }
}
