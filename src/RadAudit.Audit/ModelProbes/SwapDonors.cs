using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Imaging.Masking;

namespace RadAudit.Audit.ModelProbes;

/// <summary>
/// Who gives each image its labels in the marker swap: an image of the other class that has labels, of the same body
/// part where one exists, else of any body part; chosen by a seeded draw per image (its path and the seed), so the same
/// settings give the same donors on every machine. Images with an unknown label get no donor.
/// </summary>
public static class SwapDonors
{
    /// <summary>A recipient's donor, and whether it is of the same body part.</summary>
    /// <param name="Donor">The image whose labels are transplanted.</param>
    /// <param name="SameBodyPart">Whether it shows the recipient's body part.</param>
    public sealed record Choice(ImageRecord Donor, bool SameBodyPart);

    /// <summary>Donors for every image of <paramref name="records"/> that has a known label and a donor to take.</summary>
    public static IReadOnlyDictionary<string, Choice> Choose(IReadOnlyList<ImageRecord> records, BoxIndex boxes, int seed)
    {
        var givers = records.Where(record => record.Label is 0 or 1 && boxes.For(record.Path).Count > 0)
            .OrderBy(record => record.Path, StringComparer.Ordinal).ToList();
        var byClass = givers.GroupBy(record => record.Label!.Value).ToDictionary(group => group.Key, group => group.ToList());
        var byClassAndPart = givers.GroupBy(record => (record.Label!.Value, record.BodyPart))
            .ToDictionary(group => group.Key, group => group.ToList());
        var choices = new Dictionary<string, Choice>(StringComparer.Ordinal);
        foreach (ImageRecord record in records)
        {
            if (record.Label is not (0 or 1)) continue;
            int other = 1 - record.Label.Value;
            if (!byClass.TryGetValue(other, out var anyPart)) continue;
            bool samePart = byClassAndPart.TryGetValue((other, record.BodyPart), out var pool);
            var candidates = samePart ? pool! : anyPart;
            var random = new Random(StableSeed.For(record.Path, seed));
            choices[record.Path] = new Choice(candidates[random.Next(candidates.Count)], samePart);
        }
        return choices;
    }
}
