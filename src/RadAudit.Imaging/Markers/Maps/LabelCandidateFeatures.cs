using RadAudit.Core;

namespace RadAudit.Imaging.Markers.Maps;

/// <summary>
/// What the box verifier knows about a candidate: how sure the map is inside the box and around it (a fragment of a
/// larger label has label all around it), how stable the box is across levels, its size and place, and the ink it
/// holds (a letter is ink on a dark margin; a screw is bright on grey bone).
/// </summary>
public static class LabelCandidateFeatures
{
    /// <summary>Feature names, in the order of <see cref="LabelCandidate.Features"/>.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "region_mean", "region_cells_log", "level", "levels_found",
        "box_mean", "box_max", "box_share_above_half", "box_any_kind_mean", "ring_mean", "ring_any_kind_mean",
        "width_log", "height_log", "aspect_log", "border_distance", "refined_share_of_coarse",
        "contrast", "margin_p20", "box_p98", "ink_share",
        "kind_laterality", "kind_initials", "kind_text", "origin",
        "laterality_mean", "initials_mean", "text_mean", "ink_gap",
    ];

    /// <summary>The features of <paramref name="box"/> (refined from <paramref name="coarse"/>, read off <paramref name="component"/>).</summary>
    internal static double[] Measure(LabelProbabilityMap map, GrayImage source, LabelBox box, LabelBox coarse, MapComponent component, float level, int levels, CandidateOrigin origin)
    {
        int kind = ChannelOf(map, box.Kind);
        double[] means = KindMeans(map, box);
        var inside = MapStatistics(map, kind, box, ring: false);
        var ring = MapStatistics(map, kind, Grown(box, 0.5), ring: true, hole: box);
        var (contrast, marginP20, p98, inkShare) = InkStatistics(source, box);
        double imageSide = Math.Min(source.Width, source.Height);
        double border = Math.Min(Math.Min(box.X, source.Width - box.Right), Math.Min(box.Y, source.Height - box.Bottom)) / imageSide;
        return
        [
            component.MeanProbability, Math.Log(component.Cells.Count), level, levels,
            inside.Mean, inside.Max, inside.ShareAboveHalf, inside.AnyKindMean, ring.Mean, ring.AnyKindMean,
            Math.Log(Math.Max(1, box.Width) / (double)source.Width), Math.Log(Math.Max(1, box.Height) / (double)source.Height),
            Math.Log(Math.Max(1, box.Width) / (double)Math.Max(1, box.Height)), border, box.Area / (double)Math.Max(1, coarse.Area),
            contrast, marginP20, p98, inkShare,
            map.Kinds[kind] == LabelKinds.Laterality ? 1 : 0, map.Kinds[kind] == LabelKinds.Initials ? 1 : 0, map.Kinds[kind] == LabelKinds.Text ? 1 : 0, (int)origin,
            MeanOf(map, means, LabelKinds.Laterality), MeanOf(map, means, LabelKinds.Initials), MeanOf(map, means, LabelKinds.Text),
            InkSplitter.WidestGap(source, box)?.RelativeLength ?? 0,
        ];
    }

    /// <summary>The kind whose probability is highest on average over the cells of <paramref name="box"/> (the first of equals).</summary>
    internal static string MostProbableKind(LabelProbabilityMap map, LabelBox box)
    {
        double[] means = KindMeans(map, box);
        int best = 0;
        for (int kind = 1; kind < means.Length; kind++)
            if (means[kind] > means[best]) best = kind;
        return map.Kinds[best];
    }

    /// <summary>Each channel's mean probability over the cells whose centres fall in <paramref name="box"/> (0 where none do).</summary>
    private static double[] KindMeans(LabelProbabilityMap map, LabelBox box) =>
        Enumerable.Range(0, map.Kinds.Count).Select(kind => MapStatistics(map, kind, box, ring: false).Mean).ToArray();

    /// <summary>The mean of <paramref name="kind"/> in <paramref name="means"/>, 0 when the map has no such channel.</summary>
    private static double MeanOf(LabelProbabilityMap map, double[] means, string kind)
    {
        int channel = ChannelOf(map, kind);
        return channel < 0 ? 0 : means[channel];
    }

    private static int ChannelOf(LabelProbabilityMap map, string kind)
    {
        for (int channel = 0; channel < map.Kinds.Count; channel++)
            if (map.Kinds[channel] == kind) return channel;
        return -1;
    }

    private static LabelBox Grown(LabelBox box, double share)
    {
        int dx = (int)Math.Ceiling(box.Width * share), dy = (int)Math.Ceiling(box.Height * share);
        return box with { X = box.X - dx, Y = box.Y - dy, Width = box.Width + 2 * dx, Height = box.Height + 2 * dy };
    }

    /// <summary>Mean and max of the kind's probability, share of cells at ≥ 0.5 and mean of the best kind, over the cells whose
    /// centres fall in <paramref name="area"/> (and outside <paramref name="hole"/> for a ring).</summary>
    private static (double Mean, double Max, double ShareAboveHalf, double AnyKindMean) MapStatistics(LabelProbabilityMap map, int kind, LabelBox area, bool ring, LabelBox? hole = null)
    {
        double sum = 0, max = 0, any = 0;
        int cells = 0, above = 0;
        var (left, top) = map.Geometry.SourceToTarget(area.X, area.Y);
        var (right, bottom) = map.Geometry.SourceToTarget(area.Right, area.Bottom);
        int x0 = Math.Max(0, (int)(left / map.Stride) - 1), y0 = Math.Max(0, (int)(top / map.Stride) - 1);
        int x1 = Math.Min(map.Width - 1, (int)(right / map.Stride) + 1), y1 = Math.Min(map.Height - 1, (int)(bottom / map.Stride) + 1);
        for (int y = y0; y <= y1; y++)
            for (int x = x0; x <= x1; x++)
            {
                var (sourceX, sourceY) = map.Geometry.TargetToSource((x + 0.5f) * map.Stride, (y + 0.5f) * map.Stride);
                if (!Within(area, sourceX, sourceY) || (ring && hole is not null && Within(hole, sourceX, sourceY)) || !map.OnSource(x, y)) continue;
                float p = map.At(kind, x, y);
                float best = 0;
                for (int k = 0; k < map.Kinds.Count; k++) best = Math.Max(best, map.At(k, x, y));
                sum += p; max = Math.Max(max, p); any += best; cells++;
                if (p >= 0.5f) above++;
            }
        return cells == 0 ? (0, 0, 0, 0) : (sum / cells, max, above / (double)cells, any / cells);
    }

    private static float[] Region(GrayImage image, LabelBox box) => PixelPercentile.Region(image, box.X, box.Y, box.Right, box.Bottom);

    private static bool Within(LabelBox box, float x, float y) => x >= box.X && y >= box.Y && x < box.Right && y < box.Bottom;

    /// <summary>Contrast (98th − 30th percentile inside), the 20th percentile of the box grown by half (the margin it sits on),
    /// the 98th inside, and the share of pixels inside above the middle of the contrast.</summary>
    private static (double Contrast, double MarginP20, double P98, double InkShare) InkStatistics(GrayImage image, LabelBox box)
    {
        var insideValues = Region(image, box);
        var aroundValues = Region(image, Grown(box, 0.5));
        if (insideValues.Length == 0) return (0, 0, 0, 0);
        double p30 = PixelPercentile.Of(insideValues, 0.3), p98 = PixelPercentile.Of(insideValues, 0.98);
        double middle = (p30 + p98) / 2;
        double ink = insideValues.Count(value => value >= middle) / (double)insideValues.Length;
        return (p98 - p30, PixelPercentile.Of(aroundValues, 0.2), p98, ink);
    }
}
