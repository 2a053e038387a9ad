using RadAudit.Core;
using RadAudit.Learning.Models;
using RadAudit.Learning.Runtime;
using RadAudit.Learning.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Learning.Prediction;

/// <summary>Runs a model over every batch of a source without gradients: one score per image plus the mean loss.</summary>
internal static class ModelScorer
{
    public static (IReadOnlyList<PredictionRecord> Predictions, double Loss) Score(
        AbnormalityClassifier model, IBatchSource source, Device device, IProgress<ProgressReport>? progress, string stage,
        CancellationToken cancellation)
    {
        model.eval();
        var predictions = new List<PredictionRecord>(source.Records.Count);
        double lossSum = 0;
        long lossImages = 0;
        using var noGrad = torch.no_grad();
        foreach (var batch in source.Batches(0))
        {
            cancellation.ThrowIfCancellationRequested();
            using var scope = torch.NewDisposeScope();
            BatchTensors tensors = BatchTensors.From(batch, device);
            Tensor logits = model.forward(tensors.Pixels);
            float[] scores = torch.sigmoid(logits).cpu().data<float>().ToArray();
            lossSum += WeightedBinaryCrossEntropy.Compute(logits, tensors.Labels, tensors.Weights).item<float>() * batch.Count;
            lossImages += batch.Count;
            for (int index = 0; index < batch.Count; index++)
            {
                ImageRecord record = batch.Records[index];
                predictions.Add(new PredictionRecord(record.Path, record.Label, scores[index], record.Study, record.Patient, record.BodyPart));
            }
            progress?.Report(new ProgressReport(stage, predictions.Count, source.Records.Count));
            FinalizerDrain.AfterStep();
        }
        return (predictions, lossImages == 0 ? double.NaN : lossSum / lossImages);
    }
}
