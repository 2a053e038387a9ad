using RadAudit.Core;
using RadAudit.Imaging.Markers.Evaluation;

namespace RadAudit.Imaging.Markers.Maps;

/// <summary>
/// Every box a label map could mean: the regions of each kind at several probability levels (a low level joins a
/// letter to its initials, a high one splits them), each snapped to the ink, split at its widest blank band and read
/// as glyph groups; the same box found at several levels or ways is kept once. A verifier then scores each candidate
/// and keeps the best of those that overlap.
/// </summary>
/// <remarks>Measured on the hard benchmark set with the shipped network: one level (0.5) holds a box at IoU ≥ 0.5 for
/// 0.86 of the true labels; the levels with the splits 0.954 (about 7 candidates per image), and with the glyph
/// groups 0.967 (about 12).</remarks>
public static class LabelCandidatePool
{
    /// <summary>The probability levels regions are read at.</summary>
    public static IReadOnlyList<float> Levels { get; } = [0.15f, 0.3f, 0.5f, 0.7f, 0.85f];

    /// <summary>Two candidates of one kind overlapping by at least this IoU are the same box.</summary>
    public const double SameBoxIoU = 0.9;

    /// <summary>The candidates of <paramref name="map"/> on <paramref name="source"/>, in level order, then scan order.</summary>
    public static IReadOnlyList<LabelCandidate> Find(LabelProbabilityMap map, GrayImage source, string path)
    {
        float slack = map.Stride / map.Geometry.Scale;
        var found = new List<(LabelBox Box, LabelBox Coarse, MapComponent Component, int Level, int Levels, CandidateOrigin Origin)>();
        void Add(LabelBox box, LabelBox coarse, MapComponent component, int level, CandidateOrigin origin)
        {
            int same = found.FindIndex(other => other.Box.Kind == box.Kind && BoxMatcher.IntersectionOverUnion(other.Box, box) >= SameBoxIoU);
            if (same >= 0) found[same] = found[same] with { Levels = found[same].Levels + 1 };
            else found.Add((box, coarse, component, level, 1, origin));
        }
        var best = MapComponents.BestKind(map);
        for (int level = 0; level < Levels.Count; level++)
            foreach (MapComponent component in MapComponents.Find(map, Levels[level], best))
            {
                var (left, top, right, bottom) = component.Extent(map.Width);
                LabelBox coarse = LabelMapDecoder.ToSource(map, path, map.Kinds[component.Kind], left, top, right, bottom);
                if (coarse.Width <= 0 || coarse.Height <= 0) continue;
                LabelBox box = InkBoxRefiner.Refine(source, coarse, slack);
                Add(box, coarse, component, level, CandidateOrigin.Refined);
                foreach (LabelBox part in InkSplitter.Split(source, box))
                    Add(part with { Kind = LabelCandidateFeatures.MostProbableKind(map, part) }, coarse, component, level, CandidateOrigin.SplitAtGap);
                foreach (LabelBox group in GlyphGrouper.Groups(source, box))
                    Add(group with { Kind = LabelCandidateFeatures.MostProbableKind(map, group) }, coarse, component, level, CandidateOrigin.GlyphGroup);
            }
        return found.Select(item => new LabelCandidate(item.Box, item.Component.MeanProbability,
            LabelCandidateFeatures.Measure(map, source, item.Box, item.Coarse, item.Component, Levels[item.Level], item.Levels, item.Origin))).ToList();
    }
}
