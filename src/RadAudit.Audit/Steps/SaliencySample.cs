using RadAudit.Core;
using RadAudit.Data.Boxes;

namespace RadAudit.Audit.Steps;

/// <summary>
/// The fixed sample of valid images that every condition is explained on: the same images for every condition and
/// seed, chosen by path order alone (no randomness), alternating abnormal and normal, images with label boxes first
/// (attention on labels can only be measured where there are labels).
/// </summary>
public static class SaliencySample
{
    /// <summary>Chooses up to <paramref name="count"/> records.</summary>
    public static IReadOnlyList<ImageRecord> Choose(IReadOnlyList<ImageRecord> valid, BoxIndex boxes, int count)
    {
        var ordered = valid.OrderBy(record => boxes.For(record.Path).Count > 0 ? 0 : 1)
            .ThenBy(record => record.Path, StringComparer.Ordinal).ToList();
        var abnormal = new Queue<ImageRecord>(ordered.Where(record => record.Label == 1));
        var normal = new Queue<ImageRecord>(ordered.Where(record => record.Label != 1));
        var chosen = new List<ImageRecord>(count);
        while (chosen.Count < count && (abnormal.Count > 0 || normal.Count > 0))
        {
            if (abnormal.Count > 0) chosen.Add(abnormal.Dequeue());
            if (chosen.Count < count && normal.Count > 0) chosen.Add(normal.Dequeue());
        }
        return chosen;
    }
}
