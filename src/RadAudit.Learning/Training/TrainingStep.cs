using RadAudit.Learning.Models;
using static TorchSharp.torch;

namespace RadAudit.Learning.Training;

/// <summary>One optimisation step, shared by the trainer and the train-step benchmark so that the benchmark measures
/// exactly what training runs.</summary>
internal static class TrainingStep
{
    /// <summary>Zeroes the gradients, runs forward and the weighted BCE, and — only when the loss is finite —
    /// backward, optional clipping and Adam. Returns the loss; tensors land in the caller's dispose scope.</summary>
    public static float Run(AbnormalityClassifier model, FlatAdam optimizer, BatchTensors batch, double? gradientClipNorm)
    {
        optimizer.ZeroGrad();
        Tensor logits = model.forward(batch.Pixels);
        Tensor loss = WeightedBinaryCrossEntropy.Compute(logits, batch.Labels, batch.Weights);
        float value = loss.item<float>();
        if (!float.IsFinite(value)) return value;
        loss.backward();
        if (gradientClipNorm is double maximumNorm) optimizer.ClipGradientNorm(maximumNorm);
        optimizer.Step();
        return value;
    }
}
