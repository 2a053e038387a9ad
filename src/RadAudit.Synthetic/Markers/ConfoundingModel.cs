using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Markers;

/// <summary>
/// The planted confounder. The roster is split into two equal groups; a study with label y is marked by a
/// technologist from the abnormal-leaning group with probability (1 + R)/2 if y = 1 and (1 − R)/2 if y = 0,
/// uniformly within the group, where R is the confounding strength. The marker style identifies the
/// technologist, hence the group, and nothing else about the label.
/// </summary>
/// <remarks>
/// An ideal classifier that sees only the markers can do no better than the likelihood ratio of the group,
/// which takes two values; its ROC has one corner at (FPR, TPR) = ((1 − R)/2, (1 + R)/2), so
/// AUC = TPR·(1 − FPR) + ½[TPR·FPR + (1 − TPR)(1 − FPR)] = (1 + R)/2, independent of prevalence.
/// R = 0 gives 0.5 (no information), R = 1 gives 1 (the marker determines the label), and the default
/// R = 0.28 gives 0.64, the labels-only AUC Yi et al. (AJR 2021) measured on MURA. A negative R (allowed for the
/// valid split) reverses the association: a shortcut learnt on train then scores (1 + R)/2 &lt; 0.5 there.
/// </remarks>
public static class ConfoundingModel
{
    /// <summary>Default strength: labels-only AUC 0.64.</summary>
    public const double DefaultStrength = 0.28;

    /// <summary>Probability that a study with <paramref name="label"/> is marked by an abnormal-leaning technologist.</summary>
    public static double AbnormalLeaningProbability(int label, double strength) =>
        label == 1 ? (1 + strength) / 2 : (1 - strength) / 2;

    /// <summary>AUC of the ideal labels-only classifier (score = group), for a model fitted to the same strength.</summary>
    public static double LabelsOnlyAreaUnderCurve(double strength) => (1 + Math.Abs(strength)) / 2;

    /// <summary>AUC on a split with <paramref name="strength"/> of a classifier that scores abnormal-leaning markers higher.</summary>
    public static double TransferredAreaUnderCurve(double strength) => (1 + strength) / 2;

    /// <summary>Picks the technologist of a study.</summary>
    public static TechnologistStyle Assign(IReadOnlyList<TechnologistStyle> roster, int label, double strength, DeterministicRandom random)
    {
        bool leansAbnormal = random.Chance(AbnormalLeaningProbability(label, strength));
        var group = roster.Where(s => s.LeansAbnormal == leansAbnormal).ToList();
        return group[random.Index(group.Count)];
    }
}
