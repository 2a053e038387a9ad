using RadAudit.Core;

namespace RadAudit.Reporting.Html;

/// <summary>One gallery image as one condition's model saw it.</summary>
/// <param name="Condition">Condition name.</param>
/// <param name="InputPng">PNG of the model's input (after covering / label-only masking and resizing).</param>
/// <param name="OverlayPng">PNG of the Grad-CAM heat map over the input; null when saliency was not computed.</param>
/// <param name="Boxes">Label boxes to outline, in the pixel coordinates of <paramref name="InputPng"/> (overlay assumed the same size).</param>
/// <param name="Score">The model's probability of abnormal for this image; null when unknown.</param>
public sealed record GalleryPanel(string Condition, byte[] InputPng, byte[]? OverlayPng, IReadOnlyList<LabelBox> Boxes, double? Score);
