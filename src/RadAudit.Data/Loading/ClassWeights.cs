using RadAudit.Core;
using RadAudit.Data.Studies;

namespace RadAudit.Data.Loading;

/// <summary>
/// Per-sample loss weights. <see cref="MuraStudyType"/> is MURA's weighting (Rajpurkar et al. 2017): per study
/// type, abnormal images weigh |N|/(|A|+|N|) and normal images |A|/(|A|+|N|), with |A| and |N| the abnormal and
/// normal <em>study</em> counts of that type in the training records, so the rarer class counts more.
/// </summary>
/// <remarks>
/// A body part with only one class gets weight 1 for both (the formula would zero the present class). Images with
/// an unknown label get weight 0: they carry no target and must not contribute to a loss.
/// </remarks>
public sealed class ClassWeights
{
    private readonly Dictionary<string, BodyPartWeights> _byBodyPart;

    private ClassWeights(Dictionary<string, BodyPartWeights> byBodyPart) => _byBodyPart = byBodyPart;

    /// <summary>Every labelled image weighs 1.</summary>
    public static ClassWeights Uniform { get; } = new(new Dictionary<string, BodyPartWeights>(StringComparer.Ordinal));

    /// <summary>The weights per body part (empty for <see cref="Uniform"/>).</summary>
    public IReadOnlyCollection<BodyPartWeights> ByBodyPart => _byBodyPart.Values;

    /// <summary>MURA's per-study-type weights computed from <paramref name="trainingRecords"/>.</summary>
    public static ClassWeights MuraStudyType(IEnumerable<ImageRecord> trainingRecords)
    {
        var weights = StudyGrouping.Group(trainingRecords)
            .GroupBy(study => study.BodyPart, StringComparer.Ordinal)
            .Select(part => Weigh(part.Key, part.Count(study => study.Label == 1), part.Count(study => study.Label == 0)))
            .ToDictionary(weight => weight.BodyPart, StringComparer.Ordinal);
        return new ClassWeights(weights);
    }

    /// <summary>The loss weight of <paramref name="record"/>.</summary>
    public float WeightOf(ImageRecord record)
    {
        if (record.Label is not int label) return 0f;
        if (!_byBodyPart.TryGetValue(record.BodyPart, out BodyPartWeights? weights)) return 1f;
        return label == 1 ? weights.AbnormalWeight : weights.NormalWeight;
    }

    private static BodyPartWeights Weigh(string bodyPart, int abnormal, int normal)
    {
        if (abnormal == 0 || normal == 0) return new BodyPartWeights(bodyPart, abnormal, normal, 1f, 1f);
        float total = abnormal + normal;
        return new BodyPartWeights(bodyPart, abnormal, normal, normal / total, abnormal / total);
    }
}
