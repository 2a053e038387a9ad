using RadAudit.Reporting.Results;

namespace RadAudit.Reporting.Tests.Results;

public sealed class SeedAggregationTests
{
    private static ConditionResult OneSeed(int seed, double auc, double kappa) => new(
        auc, new ConfidenceInterval(auc - 0.02, auc + 0.02), auc + 0.01, new ConfidenceInterval(auc - 0.03, auc + 0.05),
        kappa, 0.8, 0.7, 100, 40, [new SeedResult(seed, auc, new ConfidenceInterval(auc - 0.02, auc + 0.02), auc + 0.01, kappa)],
        double.NaN, new Dictionary<string, BodyPartResult>());

    [Fact]
    public void Should_average_point_estimates_and_keep_the_first_seeds_interval()
    {
        // Given three seeds with AUCs 0.80, 0.84, 0.88 and kappas 0.5, 0.6, 0.7
        var perSeed = new[] { OneSeed(1, 0.80, 0.5), OneSeed(2, 0.84, 0.6), OneSeed(3, 0.88, 0.7) };

        // When aggregated
        ConditionResult combined = SeedAggregation.Condition(perSeed);

        // Then means and the sample sd are known answers, the interval is seed 1's, seeds[] lists all three
        Assert.Equal(0.84, combined.Auc, 12);
        Assert.Equal(0.04, combined.AucSd, 12);
        Assert.Equal(0.6, combined.Kappa, 12);
        Assert.Equal(perSeed[0].AucCi95, combined.AucCi95);
        Assert.Equal([1, 2, 3], combined.Seeds.Select(seed => seed.Seed));
    }

    [Fact]
    public void Should_leave_one_seed_unchanged_except_for_an_unknown_sd()
    {
        ConditionResult single = OneSeed(7, 0.9, 0.8);
        ConditionResult combined = SeedAggregation.Condition([single]);
        Assert.Equal(single.Auc, combined.Auc);
        Assert.True(double.IsNaN(combined.AucSd));
    }

    [Fact]
    public void Should_summarise_comparison_differences_across_seeds()
    {
        // Given differences +0.01 and +0.03 with p 0.2 and 0.01
        ComparisonResult Seed(int seed, double difference, double p) => new("cover", "original", difference,
            new ConfidenceInterval(difference - 0.01, difference + 0.01), 1.0, p, ConfidenceInterval.Unknown,
            [new SeedDifference(seed, difference, p)], difference, double.NaN);

        // When aggregated
        ComparisonResult combined = SeedAggregation.Comparison([Seed(1, 0.01, 0.2), Seed(2, 0.03, 0.01)]);

        // Then the headline is seed 1's test, the mean is 0.02 and the sd sqrt(2) × 0.01
        Assert.Equal(0.01, combined.Difference);
        Assert.Equal(0.2, combined.P);
        Assert.Equal(0.02, combined.DifferenceMean, 12);
        Assert.Equal(Math.Sqrt(2) * 0.01, combined.DifferenceSd, 12);
        Assert.Equal(2, combined.Seeds.Count);
    }
}
