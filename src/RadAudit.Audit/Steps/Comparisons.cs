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
                [new SeedDifference(run.Job.Seed, difference.Auc, difference.P, difference.StandardError)], difference.Auc, 0));
        }
        if (perSeed.Count == 0) return null;
        ComparisonResult combined = SeedAggregation.Comparison(perSeed);
        return combined.Seeds.Count < 2 ? combined : combined with { AcrossSeeds = AcrossSeeds(combined.Seeds) };
    }

    // The verdict's test of a difference between retrained conditions: over the seeds, so training noise counts.
    private static AcrossSeedsTest AcrossSeeds(IReadOnlyList<SeedDifference> seeds)
    {
        AcrossRunsDifference test = AcrossRunsTest.Test(seeds.Select(seed => seed.Difference).ToList(), seeds.Select(seed => seed.Se).ToList());
        return new AcrossSeedsTest(test.Runs, test.Mean, test.StandardError, test.DegreesOfFreedom, test.T, test.P,
            new ConfidenceInterval(test.Lower, test.Upper));
    }

    /// <summary>The first seed's model of <paramref name="condition"/> against AUC 0.5 (DeLong; a fixed model beating
    /// chance on new test images needs no across-seeds test); null when the condition was not run.</summary>
    /// <remarks>At study level (study score = mean of its images' scores): a study's images share its label and, on
    /// MURA and in the generator, its technologist and so its labels, so an image-level interval counts each study
    /// about 2.7 times and is too narrow; at confounding 0 that made false alarms (issue #21).</remarks>
    public static ChanceComparison? VersusChance(IReadOnlyDictionary<string, List<ConditionEvaluation>> byCondition, Condition condition) =>
        byCondition.TryGetValue(condition.Name, out var runs) && runs.Count > 0
            ? new ChanceComparison(runs[0].Study.Auc, ConditionEvaluation.Interval(runs[0].Study.AucCi95), runs[0].Study.AucPAgainstChance)
            : null;
}
