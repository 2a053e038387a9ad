using RadAudit.Core;

namespace RadAudit.Imaging.Markers.Evaluation;

/// <summary>
/// Predicted boxes that land on hardware (mimics.csv's plates, screws and wires): a box that overlaps no true label
/// (IoU below <see cref="LabelIoU"/> with every true box) and has at least <see cref="InsideShare"/> of its area inside a
/// hardware box. Worse than a miss: `labels-only` would then show the finding and the audit blame the labels.
/// </summary>
public static class HardwareHits
{
    /// <summary>Below this IoU with every true box a prediction is not on a label.</summary>
    public const double LabelIoU = 0.3;

    /// <summary>Share of the prediction that must lie inside one hardware box.</summary>
    public const double InsideShare = 0.25;

    /// <summary>(boxes on hardware, images with at least one).</summary>
    public static (int Boxes, int Images) Count(IEnumerable<LabelBox> truth, IEnumerable<LabelBox> predictions, IEnumerable<LabelBox> hardware)
    {
        var truthByPath = truth.ToLookup(box => box.Path, StringComparer.Ordinal);
        var hardwareByPath = hardware.ToLookup(box => box.Path, StringComparer.Ordinal);
        int boxes = 0, images = 0;
        foreach (var image in predictions.GroupBy(box => box.Path, StringComparer.Ordinal))
        {
            int hits = image.Count(box => truthByPath[image.Key].All(label => BoxMatcher.IntersectionOverUnion(label, box) < LabelIoU)
                && hardwareByPath[image.Key].Any(metal => BoxMatcher.IntersectionArea(metal, box) >= InsideShare * box.Area));
            boxes += hits;
            if (hits > 0) images++;
        }
        return (boxes, images);
    }
}
