namespace RadAudit.Core.Scoring;

/// <summary>
/// A trained abnormality classifier seen from outside: what input it takes and its abnormality logit for a batch.
/// The model audit (<c>radaudit audit-model</c>) works on this alone, so a RadAudit run, a PyTorch state dict and an
/// ONNX file of any architecture are audited the same way. Gradient-based saliency needs more than this and is
/// offered only by models that also expose their network (RadAudit.Learning's TorchSharp adapter).
/// </summary>
public interface IScoringModel : IDisposable
{
    /// <summary>The input the model expects: side, channels and normalisation.</summary>
    ModelInput Input { get; }

    /// <summary>What the model is, for people and results.json (kind, file, head, runtime).</summary>
    ScoringModelInfo Info { get; }

    /// <summary>
    /// The abnormality logits of <paramref name="count"/> images given as one N × C × H × W float32 array in the
    /// model's <see cref="Input"/> (already normalised); sigmoid of a logit is the probability of abnormal.
    /// </summary>
    float[] Score(float[] inputs, int count);
}
