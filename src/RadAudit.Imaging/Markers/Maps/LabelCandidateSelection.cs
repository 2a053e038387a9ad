using RadAudit.Imaging.Markers.Evaluation;

namespace RadAudit.Imaging.Markers.Maps;

/// <summary>
/// Keeps the best of overlapping candidates: from the highest score down, a candidate is dropped when it overlaps a
/// kept one by more than <see cref="OverlapIoU"/>, or when one of the two lies mostly (<see cref="ContainedShare"/>)
/// inside the other — a letter's box and the box around the letter and its initials are two readings of the same ink,
/// and only the one the verifier believes more is a label.
/// </summary>
/// <remarks>Chosen on a development hard set (seed 23) with the verifier in a simulation over the candidates: IoU 0.3
/// gave precision 0.925 at recall 0.926 against 0.916 / 0.926 at IoU 0.5; without the containment rule precision fell
/// to 0.83.</remarks>
public static class LabelCandidateSelection
{
    /// <summary>Two kept boxes overlap by at most this IoU.</summary>
    public const double OverlapIoU = 0.3;

    /// <summary>A candidate with this share of the smaller box's area inside a kept box (or the other way round) is dropped.</summary>
    public const double ContainedShare = 0.8;

    /// <summary>Indices of the kept candidates, highest score first (ties in candidate order).</summary>
    public static IReadOnlyList<int> Select(IReadOnlyList<LabelCandidate> candidates, IReadOnlyList<double> scores)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(candidates.Count, scores.Count);
        var order = Enumerable.Range(0, candidates.Count).OrderByDescending(index => scores[index]).ThenBy(index => index);
        var kept = new List<int>();
        foreach (int index in order)
        {
            var box = candidates[index].Box;
            bool overlaps = kept.Any(other =>
            {
                var keptBox = candidates[other].Box;
                return BoxMatcher.IntersectionOverUnion(keptBox, box) > OverlapIoU
                    || BoxMatcher.IntersectionArea(keptBox, box) >= ContainedShare * Math.Min(keptBox.Area, box.Area);
            });
            if (!overlaps) kept.Add(index);
        }
        return kept;
    }
}
