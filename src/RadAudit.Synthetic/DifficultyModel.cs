using RadAudit.Synthetic.Anatomy;
using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic;

/// <summary>
/// How visible abnormalities are. Difficulty D sets a conspicuity multiplier m = 2(1 − D) (1.6 at the default
/// D = 0.2, 1 at D = 0.5, 0 at D = 1 where the anatomy carries no information). Each image of an abnormal study shows its
/// study's finding with probability <see cref="VisibleProbability"/> (other views miss it), at strength
/// m × U(0.45, 1.3) at 1–3 sites; each normal image carries a faint mimic (nutrient canal, bone island) with probability
/// <see cref="MimicProbability"/> at strength m × U(0.05, 0.2).
/// </summary>
public static class DifficultyModel
{
    /// <summary>
    /// Default difficulty, calibrated so that the anatomy is learnable but not trivial: densenet-small at 128 px, trained
    /// from scratch for 3 epochs on 10,778 `cover` images, reached valid AUC 0.82 (study 0.90) (docs/synthetic-data.md).
    /// </summary>
    public const double DefaultDifficulty = 0.2;

    /// <summary>Chance an abnormal study's image shows the finding.</summary>
    public const double VisibleProbability = 0.85;

    /// <summary>Chance a normal image carries a faint finding-like mimic.</summary>
    public const double MimicProbability = 0.2;

    /// <summary>Relative weights of fracture, lesion, hardware, degenerative among abnormal studies.</summary>
    public static IReadOnlyList<double> FindingWeights { get; } = [0.45, 0.2, 0.12, 0.23];

    /// <summary>
    /// The finding weights for one body part: degenerative narrowing is drawn at the interphalangeal and
    /// metacarpophalangeal joints, so views without them (elbow, forearm, humerus, shoulder, wrist) share its weight
    /// among the other kinds instead of planning a finding that cannot be drawn.
    /// </summary>
    public static IReadOnlyList<double> FindingWeightsFor(string bodyPart) =>
        bodyPart is "XR_HAND" or "XR_FINGER" ? FindingWeights : FindingWeightsWithoutJoints;

    private static readonly IReadOnlyList<double> FindingWeightsWithoutJoints =
        [.. FindingWeights.Select((weight, kind) => kind == (int)FindingKind.Degenerative ? 0 : weight)];

    /// <summary>Conspicuity multiplier m = 2(1 − D).</summary>
    public static float Conspicuity(double difficulty) => (float)(2 * (1 - difficulty));

    /// <summary>Plants the image's finding or mimic into <paramref name="scene"/>.</summary>
    /// <remarks>Every draw is made whatever the label, and placement uses its own stream, so a normal image and its
    /// abnormal twin (same plan but the label) share anatomy, exposure, marker and noise: only the finding differs.</remarks>
    public static void Apply(AnatomyScene scene, int label, FindingKind? finding, double difficulty, DeterministicRandom random)
    {
        float conspicuity = Conspicuity(difficulty);
        bool visible = random.Chance(VisibleProbability), mimic = random.Chance(MimicProbability);
        float findingStrength = conspicuity * (float)random.Range(0.45, 1.3), mimicStrength = conspicuity * (float)random.Range(0.05, 0.2);
        var mimicKind = random.Chance(0.5) ? FindingKind.Fracture : FindingKind.Lesion;
        var placement = new DeterministicRandom((long)random.NextBits());
        if (label == 1 && finding is { } kind)
        {
            if (!visible) return;
            // Conspicuous disease is also more extensive: a second site (another fracture line, a second lesion or
            // joint) above strength 1, a third above 1.6. Hardware stays one implant.
            int sites = kind == FindingKind.Hardware ? 1 : 1 + (findingStrength > 1f ? 1 : 0) + (findingStrength > 1.6f ? 1 : 0);
            for (int site = 0; site < sites; site++) FindingPlanter.Plant(scene, kind, findingStrength, placement);
        }
        else if (mimic)
        {
            FindingPlanter.Plant(scene, mimicKind, mimicStrength, placement);
        }
    }
}
