using RadAudit.Reporting.Verdict;

namespace RadAudit.Reporting.Results;

/// <summary>
/// Combines one result per training seed into the K-seed entries of results.json, so the audit evaluates each
/// seed's model on its own and only then summarises.
/// </summary>
public static class SeedAggregation
{
    /// <summary>
    /// One condition over seeds: point estimates averaged, <see cref="ConditionResult.AucSd"/> from the per-seed
    /// AUCs, intervals and per-body-part results from the first seed, <c>seeds[]</c> concatenated in order.
    /// </summary>
    /// <param name="perSeed">Each seed's result (each with its one <see cref="SeedResult"/>), in seed order.</param>
    public static ConditionResult Condition(IReadOnlyList<ConditionResult> perSeed)
    {
        if (perSeed.Count == 0)
            throw new ArgumentException("Give at least one seed's result.", nameof(perSeed));
        ConditionResult first = perSeed[0];
        var aucs = perSeed.Select(result => result.Auc).ToList();
        return first with
        {
            Auc = aucs.Average(),
            StudyAuc = perSeed.Average(result => result.StudyAuc),
            Kappa = perSeed.Average(result => result.Kappa),
            Sensitivity = perSeed.Average(result => result.Sensitivity),
            Specificity = perSeed.Average(result => result.Specificity),
            Seeds = perSeed.SelectMany(result => result.Seeds).ToList(),
            AucSd = SeedStatistics.SampleStandardDeviation(aucs),
        };
    }

    /// <summary>
    /// One paired comparison over seeds: the first seed's test as the headline, every seed's difference and p in
    /// <c>seeds[]</c>, and their mean and sample standard deviation.
    /// </summary>
    /// <param name="perSeed">Each seed's comparison (each with its one <see cref="SeedDifference"/>), in seed order.</param>
    public static ComparisonResult Comparison(IReadOnlyList<ComparisonResult> perSeed)
    {
        if (perSeed.Count == 0)
            throw new ArgumentException("Give at least one seed's comparison.", nameof(perSeed));
        var seeds = perSeed.SelectMany(result => result.Seeds).ToList();
        var differences = seeds.Select(seed => seed.Difference).ToList();
        return perSeed[0] with
        {
            Seeds = seeds,
            DifferenceMean = SeedStatistics.Mean(differences),
            DifferenceSd = SeedStatistics.SampleStandardDeviation(differences),
        };
    }
}
