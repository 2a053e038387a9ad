namespace RadAudit.Stats.Attention;

/// <summary>One line of saliency.csv: an image, its truth, the model's score and its label-attention measures.</summary>
/// <param name="Path">The image's path as the data set names it.</param>
/// <param name="TrueLabel">1 abnormal, 0 normal, null unknown.</param>
/// <param name="Score">The model's probability of abnormal.</param>
/// <param name="LabelBoxes">How many label boxes the image has.</param>
/// <param name="Measures">The label-attention measures.</param>
public sealed record AttentionRow(string Path, int? TrueLabel, double Score, int LabelBoxes, LabelAttentionMeasures Measures);
