using RadAudit.Core;
using RadAudit.Reporting.Results;

namespace RadAudit.Reporting.Verdict;

/// <summary>Verdict sentences about the labels-only model against chance (its 95% CI against 0.5).</summary>
internal static class LabelsOnlySentences
{
    public static IEnumerable<string> Write(AuditResults results)
    {
        ChanceComparison? chance = results.LabelsOnlyVsChance;
        if (chance is null)
        {
            yield return "The labels-only condition was not run, so whether the labels alone predict abnormality was not tested.";
            yield break;
        }
        yield return Claim(chance);
        if (results.Conditions.TryGetValue(Condition.LabelsOnly.Name, out ConditionResult? condition) && condition.Seeds.Count > 1)
            yield return SeedSpread("the labels-only AUC", condition.Seeds.Select(seed => seed.Auc).ToList(), VerdictFormat.Precise, VerdictFormat.Metric);
    }

    /// <summary>"Across 3 seeds {what} was 0.640 ± 0.010 (mean ± sd; per seed 0.63, 0.64, 0.65)."</summary>
    internal static string SeedSpread(string what, IReadOnlyList<double> values, Func<double, string> meanFormat, Func<double, string> valueFormat) =>
        $"Across {values.Count} training seeds {what} was {VerdictFormat.MeanAndSd(values, meanFormat)} " +
        $"(mean ± sd; per seed {string.Join(", ", values.Select(valueFormat))}).";

    private static string Claim(ChanceComparison chance)
    {
        string auc = VerdictFormat.Metric(chance.Auc);
        string interval = VerdictFormat.Range(chance.AucCi95);
        if (!chance.AucCi95.IsKnown)
            return $"The labels-only study-level AUC was {auc}, but its confidence interval could not be computed, so no claim about the labels is made.";
        if (chance.IsAboveChance)
            return $"Labels alone predict abnormality: study-level AUC {auc} (95% CI {interval}).";
        if (chance.IsBelowChance)
            return $"Labels alone predict normality: study-level AUC {auc} (95% CI {interval}), so they are still associated with the diagnosis.";
        return $"Labels alone do not predict abnormality (study-level AUC {auc}, 95% CI {interval}): no shortcut through the labels is detectable.";
    }
}
