using RadAudit.Imaging;

namespace RadAudit.Learning.Saliency;

/// <summary>Saliency maps for one batch, at the model input's resolution.</summary>
/// <param name="Maps">One map per image (input width × height), non-negative, scaled so each map's maximum is 1
/// (all zeros when nothing supports the target).</param>
/// <param name="Logits">The abnormal logit of each image (sigmoid gives the probability of abnormal).</param>
public sealed record SaliencyBatch(IReadOnlyList<GrayImage> Maps, float[] Logits);
