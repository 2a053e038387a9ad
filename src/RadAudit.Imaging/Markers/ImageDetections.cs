using RadAudit.Core;

namespace RadAudit.Imaging.Markers;

/// <summary>What the detector found in one image, or why it could not look.</summary>
/// <param name="Path">The image's path as the data set names it.</param>
/// <param name="Width">Image width (0 when it could not be read).</param>
/// <param name="Height">Image height (0 when it could not be read).</param>
/// <param name="Boxes">Detected labels, highest score first.</param>
/// <param name="Problem">Null when the image was searched; otherwise why it was skipped.</param>
public sealed record ImageDetections(string Path, int Width, int Height, IReadOnlyList<LabelBox> Boxes, string? Problem = null)
{
    /// <summary>
    /// Calibrated probability that the image carries at least one label, boxed or not; null when the detector gives
    /// none (the rule-based one). An image with a high value and no box is the likeliest miss.
    /// </summary>
    public double? LabelsPresent { get; init; }
}
