namespace RadAudit.Stats.Attention;

/// <summary>Label-attention over a set of images, overall and split by the true label.</summary>
/// <param name="ImagesSeen">Every image added.</param>
/// <param name="ImagesWithoutLabels">Images with no label box: the measures are undefined there; counted, not summarised.</param>
/// <param name="ImagesWithoutAttention">Images whose map is zero everywhere (nothing supports the target); counted, not summarised.</param>
/// <param name="All">Every summarised image.</param>
/// <param name="Normal">Summarised images whose true label is normal.</param>
/// <param name="Abnormal">Summarised images whose true label is abnormal.</param>
/// <param name="Unlabelled">Summarised images with no true label (image folders); they count in <see cref="All"/> only.</param>
public sealed record LabelAttentionSummary(
    int ImagesSeen,
    int ImagesWithoutLabels,
    int ImagesWithoutAttention,
    AttentionGroupSummary All,
    AttentionGroupSummary Normal,
    AttentionGroupSummary Abnormal,
    int Unlabelled);
