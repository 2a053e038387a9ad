using RadAudit.Core;

namespace RadAudit.Audit.ModelProbes;

/// <summary>A model's abnormality logits for a list of images, in order.</summary>
/// <param name="Records">The images.</param>
/// <param name="Logits">One logit per image.</param>
public sealed record ScoredImages(IReadOnlyList<ImageRecord> Records, float[] Logits)
{
    /// <summary>The probability of abnormal, σ(logit).</summary>
    public static double Probability(float logit) => 1.0 / (1.0 + Math.Exp(-logit));

    /// <summary>As prediction records (score = probability), for the evaluation and the paired tests.</summary>
    public IReadOnlyList<PredictionRecord> Predictions() =>
        [.. Records.Select((record, index) => new PredictionRecord(record.Path, record.Label, Probability(Logits[index]), record.Study, record.Patient, record.BodyPart))];
}
