using RadAudit.Core;
using RadAudit.Reporting.Results;
using RadAudit.Stats.Evaluation;

namespace RadAudit.Audit.Steps;

/// <summary>
/// Step 4 of an audit: paired comparisons on the same valid images (DeLong, plus stratified bootstrap), seed by seed
/// and then summarised over seeds; and labels-only against chance (DeLong z-test of AUC = 0.5).
/// </summary>
public static class Comparisons
{
    /// <summary>AUC(<paramref name="condition"/>) − AUC(<paramref name="baseline"/>) over the seeds both ran; null when either is missing.</summary>
    public static ComparisonResult? Compare(IReadOnlyDictionary<string, List<ConditionEvaluation>> byCondition, string condition,
        string baseline, int bootstrap)
    {
        if (!byCondition.TryGetValue(condition, out var conditionRuns) || !byCondition.TryGetValue(baseline, out var baselineRuns))
            return null;
        var perSeed = new List<ComparisonResult>();
        foreach (ConditionEvaluation run in conditionRuns)
        {
            ConditionEvaluation? partner = baselineRuns.FirstOrDefault(other => other.Job.Seed == run.Job.Seed);
            if (partner is null) continue;
            var options = new EvaluationOptions { Level = EvaluationLevel.Image, BootstrapReplicates = bootstrap, Seed = run.Job.Seed };
            var paired = Comparer.Compare(run.Predictions, partner.Predictions, options, run.Job.Id, partner.Job.Id);
            DifferenceSummary difference = paired.Difference;
            perSeed.Add(new ComparisonResult(condition, baseline, difference.Auc, ConditionEvaluation.Interval(difference.Ci95),
                difference.Z, difference.P, ConditionEvaluation.Interval(difference.Ci95Bootstrap),
                [new SeedDifference(run.Job.Seed, difference.Auc, difference.P)], difference.Auc, 0));
        }
        return perSeed.Count == 0 ? null : SeedAggregation.Comparison(perSeed);
    }

    /// <summary>The first seed's labels-only model against AUC 0.5; null when labels-only was not run.</summary>
    public static ChanceComparison? LabelsOnlyVsChance(IReadOnlyDictionary<string, List<ConditionEvaluation>> byCondition) =>
        byCondition.TryGetValue(Condition.LabelsOnly.Name, out var runs) && runs.Count > 0
            ? new ChanceComparison(runs[0].Image.Auc, ConditionEvaluation.Interval(runs[0].Image.AucCi95), runs[0].Image.AucPAgainstChance)
            : null;
}
