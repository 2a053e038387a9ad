using RadAudit.Core;
using RadAudit.Reporting.Results;

namespace RadAudit.Reporting.Verdict;

/// <summary>
/// Turns audit results into the plain-language verdict printed by the CLI, stored in results.json and shown
/// first in the report. Every claim is tied to its interval or p-value, and absent evidence is said to be absent.
/// </summary>
public static class VerdictWriter
{
    /// <summary>Significance level for the paired comparisons' wording ("changed" vs "within chance variation").</summary>
    public const double SignificanceLevel = 0.05;

    /// <summary>The verdict's sentences, in reading order: labels alone, leak checks, covering, random cover, attention,
    /// and the original model probed without retraining.</summary>
    public static IReadOnlyList<string> Sentences(AuditResults results)
    {
        var sentences = new List<string>();
        sentences.AddRange(LabelsOnlySentences.Write(results));
        sentences.AddRange(LeakSentences.Write(results));
        sentences.AddRange(ComparisonSentences.Write(results));
        sentences.AddRange(SaliencySentences.Write(results.Saliency));
        if (results.ModelProbes is { } probes) sentences.Add(ModelProbeVerdict.Summary(probes));
        return sentences;
    }

    /// <summary>The verdict as one paragraph (sentences joined by spaces).</summary>
    public static string Write(AuditResults results) => string.Join(" ", Sentences(results));

    /// <summary>The results with <see cref="AuditResults.Verdict"/> filled in from themselves.</summary>
    public static AuditResults WithVerdict(AuditResults results) => results with { Verdict = Write(results) };

    /// <summary>The overall finding, decided by the labels-only model's interval against 0.5.</summary>
    public static ShortcutFinding Finding(AuditResults results)
    {
        ChanceComparison? labelsOnly = results.LabelsOnlyVsChance;
        if (labelsOnly is null || !labelsOnly.AucCi95.IsKnown)
            return ShortcutFinding.NotTested;
        return labelsOnly.IsAboveChance || labelsOnly.IsBelowChance ? ShortcutFinding.Detected : ShortcutFinding.NotDetected;
    }

    /// <summary>A one-line headline for the verdict box.</summary>
    public static string Headline(AuditResults results) => Finding(results) switch
    {
        ShortcutFinding.Detected when LeakSentences.AnyLeak(results) =>
            "Shortcut risk: the labels-only input predicts the diagnosis, but so does what lies under the label boxes; see the leak checks.",
        ShortcutFinding.Detected => "Shortcut risk: the burned-in labels carry diagnostic information.",
        ShortcutFinding.NotDetected =>
            $"No shortcut through the labels was detectable on {VerdictFormat.Count(LabelsOnlyImages(results))} valid images.",
        _ => "Shortcut through the labels not tested: the labels-only model was not evaluated.",
    };

    private static int LabelsOnlyImages(AuditResults results) =>
        results.Conditions.TryGetValue(Condition.LabelsOnly.Name, out ConditionResult? condition) ? condition.NImages : 0;
}
