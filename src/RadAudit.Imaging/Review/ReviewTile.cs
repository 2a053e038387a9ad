using RadAudit.Core;

namespace RadAudit.Imaging.Review;

/// <summary>One image on a review contact sheet.</summary>
/// <param name="Path">The image's path (for the sheet's index file).</param>
/// <param name="Image">The image.</param>
/// <param name="Detections">Detected boxes, drawn coloured by score (red 0 → green 1).</param>
/// <param name="Truth">Reference boxes, drawn in blue (empty when there is no truth).</param>
public sealed record ReviewTile(string Path, GrayImage Image, IReadOnlyList<LabelBox> Detections, IReadOnlyList<LabelBox> Truth);
