using RadAudit.Core;
using RadAudit.Synthetic.Anatomy;
using RadAudit.Synthetic.Drawing;
using RadAudit.Synthetic.Markers;

namespace RadAudit.Synthetic.Planning;

/// <summary>
/// Decides patients, studies and images for both splits in one cheap sequential pass (the drawing is parallel).
/// Patients are numbered across both splits, so no patient is in both; each has 1–3 studies of one body part,
/// each study 1–4 images, a label, a side and a technologist.
/// </summary>
public static class StudyPlanner
{
    /// <summary>MURA v1.1 train studies per type, used as body-part weights.</summary>
    private static readonly Dictionary<string, double> MuraStudyCounts = new(StringComparer.Ordinal)
    {
        ["XR_ELBOW"] = 1754,
        ["XR_FINGER"] = 1935,
        ["XR_FOREARM"] = 877,
        ["XR_HAND"] = 2018,
        ["XR_HUMERUS"] = 592,
        ["XR_SHOULDER"] = 2821,
        ["XR_WRIST"] = 3460,
    };

    /// <summary>Images per study 1–4, weighted like MURA (about 2.7 images per study).</summary>
    private static readonly double[] ImagesPerStudyWeights = [0.12, 0.3, 0.35, 0.23];

    /// <summary>Plans every image, train first, in the order the CSVs list them.</summary>
    public static IReadOnlyList<ImagePlan> Plan(SynthesisOptions options, IReadOnlyList<TechnologistStyle> roster)
    {
        var random = new DeterministicRandom(options.Seed, stream: -2);
        var parts = options.BodyParts.Distinct(StringComparer.Ordinal).ToList();
        var weights = parts.Select(p => MuraStudyCounts[p]).ToList();
        var plans = new List<ImagePlan>();
        int patient = 0;
        foreach (var (split, studies, strength) in new[] { (Splits.Train, options.TrainStudies, options.Confounding), (Splits.Valid, options.ValidStudies, options.EffectiveValidConfounding) })
        {
            for (int remaining = studies; remaining > 0;)
            {
                int studyCount = Math.Min(remaining, 1 + random.Index(3));
                remaining -= studyCount;
                string patientName = $"patient{++patient:00000}";
                string bodyPart = parts[random.Weighted(weights)];
                for (int study = 1; study <= studyCount; study++)
                    AddStudy(plans, random, options, roster, strength, split, patientName, bodyPart, study);
            }
        }
        return plans;
    }

    private static void AddStudy(List<ImagePlan> plans, DeterministicRandom random, SynthesisOptions options, IReadOnlyList<TechnologistStyle> roster,
        double strength, string split, string patient, string bodyPart, int study)
    {
        int label = random.Chance(options.AbnormalPrevalence) ? 1 : 0;
        char laterality = random.Chance(0.5) ? 'L' : 'R';
        TechnologistStyle technologist = ConfoundingModel.Assign(roster, label, strength, random);
        FindingKind? finding = label == 1 ? (FindingKind)random.Weighted(DifficultyModel.FindingWeightsFor(bodyPart)) : null;
        string studyPath = $"MURA-v1.1/{split}/{bodyPart}/{patient}/study{study}_{(label == 1 ? "positive" : "negative")}/";
        int images = 1 + random.Weighted(ImagesPerStudyWeights);
        for (int view = 1; view <= images; view++)
            plans.Add(new ImagePlan(plans.Count, split, $"{studyPath}image{view}.png", studyPath, patient, bodyPart, label, view,
                laterality, technologist, finding, random.Chance(options.RgbFraction)));
    }
}
