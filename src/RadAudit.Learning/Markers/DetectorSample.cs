using RadAudit.Core;
using RadAudit.Imaging;

namespace RadAudit.Learning.Markers;

/// <summary>One training or calibration composite: an image and its true label boxes (possibly none).</summary>
/// <param name="Image">The radiograph.</param>
/// <param name="Boxes">Its labels' boxes with kinds, in its pixels.</param>
public sealed record DetectorSample(GrayImage Image, IReadOnlyList<LabelBox> Boxes)
{
    /// <summary>Things drawn that look like labels but are not (hardware, rulers, casts, holders' edges), in its pixels:
    /// never targets, but training can centre crops on them as mined negatives.</summary>
    public IReadOnlyList<LabelBox> Mimics { get; init; } = [];
}
