using RadAudit.Core;
using RadAudit.Imaging.Markers.Evaluation;

namespace RadAudit.Imaging.Markers.Maps;

/// <summary>
/// Turns a <see cref="LabelProbabilityMap"/> into boxes: regions kind by kind (<see cref="MapComponents"/>), each box
/// snapped to the source image's ink (<see cref="InkBoxRefiner"/>), then duplicates removed: going from the largest
/// probability mass down, a box is dropped when it overlaps a kept one by more than half (IoU) — where the network
/// called one element by two kinds.
/// </summary>
/// <remarks>Measured on the hard benchmark set with the first trained weights: growing regions into cells down to 0.3
/// (hysteresis) or dropping boxes lying mostly inside another lost 3–5 points of recall at IoU 0.5, so neither is done.</remarks>
public static class LabelMapDecoder
{
    /// <summary>A cell belongs to a region of its most probable kind when that probability reaches this.</summary>
    /// <remarks>Measured on the hard benchmark set with the shipped weights (calibration fitted at 0.5, --min-score 0.2,
    /// IoU 0.5): 0.4 gave recall 0.751, precision 0.753, coverage 0.926, 34 boxes on hardware; 0.5 gave 0.803, 0.723,
    /// 0.954, 50; 0.6 gave 0.829, 0.662, 0.960, 76. Each moves along the same trade-off as the score threshold.</remarks>
    public const float Threshold = 0.5f;

    /// <summary>Of two labels overlapping by more than this IoU, the smaller mass is dropped.</summary>
    public const double DuplicateIoU = 0.5;

    /// <summary>A box with at least this share of its area inside a larger, more probable kept box is a fragment of it.</summary>
    /// <remarks>Measured with the shipped weights (IoU 0.5, --min-score 0.2): on the hard benchmark set (seed 17) precision
    /// 0.755 → 0.781 at recall 0.834 → 0.831; on a second hard set (seed 23) 0.745 → 0.764 at recall 0.819 unchanged.
    /// 0.6 gained a little more precision and lost more recall on both. Ordered by mean probability, not mass, so that a
    /// loose box around a letter and its initials (large mass, lower probability) does not swallow the letter's box.</remarks>
    public const double FragmentShare = 0.8;

    /// <summary>The labels in <paramref name="map"/>, largest probability mass first.</summary>
    public static IReadOnlyList<DecodedLabel> Decode(LabelProbabilityMap map, GrayImage source, string path)
    {
        float slack = map.Stride / map.Geometry.Scale;
        var labels = new List<(DecodedLabel Label, double Mass)>();
        foreach (MapComponent component in MapComponents.Find(map, Threshold))
        {
            var (left, top, right, bottom) = component.Extent(map.Width);
            LabelBox coarse = ToSource(map, path, map.Kinds[component.Kind], left, top, right, bottom);
            if (coarse.Width <= 0 || coarse.Height <= 0) continue;
            labels.Add((new DecodedLabel(InkBoxRefiner.Refine(source, coarse, slack), component.MeanProbability, component.Cells.Count), component.Mass));
        }
        return WithoutFragments(WithoutDuplicates(labels));
    }

    private static List<DecodedLabel> WithoutFragments(List<DecodedLabel> labels)
    {
        var kept = new List<DecodedLabel>();
        foreach (var label in labels.OrderByDescending(label => label.MeanProbability).ThenBy(label => label.Box.Y).ThenBy(label => label.Box.X))
            if (!kept.Any(other => other.Box.Area > label.Box.Area && BoxMatcher.IntersectionArea(other.Box, label.Box) >= FragmentShare * label.Box.Area))
                kept.Add(label);
        return labels.Where(kept.Contains).ToList();
    }

    private static List<DecodedLabel> WithoutDuplicates(List<(DecodedLabel Label, double Mass)> labels)
    {
        var kept = new List<DecodedLabel>();
        foreach (var (label, _) in labels.OrderByDescending(pair => pair.Mass).ThenBy(pair => pair.Label.Box.Y).ThenBy(pair => pair.Label.Box.X))
            if (kept.All(other => BoxMatcher.IntersectionOverUnion(other.Box, label.Box) <= DuplicateIoU)) kept.Add(label);
        return kept;
    }

    /// <summary>The cells' extent in source pixels, rounded outward and clipped to the image.</summary>
    internal static LabelBox ToSource(LabelProbabilityMap map, string path, string kind, int left, int top, int right, int bottom)
    {
        var (x0, y0) = map.Geometry.TargetToSource(left * map.Stride, top * map.Stride);
        var (x1, y1) = map.Geometry.TargetToSource((right + 1) * map.Stride, (bottom + 1) * map.Stride);
        int boxLeft = Math.Max(0, (int)MathF.Floor(x0)), boxTop = Math.Max(0, (int)MathF.Floor(y0));
        int boxRight = Math.Min(map.Geometry.SourceWidth, (int)MathF.Ceiling(x1)), boxBottom = Math.Min(map.Geometry.SourceHeight, (int)MathF.Ceiling(y1));
        return new LabelBox(path, boxLeft, boxTop, boxRight - boxLeft, boxBottom - boxTop, kind);
    }
}
