using CsCheck;
using RadAudit.Stats.Attention;

namespace RadAudit.Stats.Tests.Attention;

public sealed class IntervalEstimateTests
{
    [Fact]
    public void Should_give_the_student_t_interval_of_a_mean()
    {
        // Given 1, 2, 3: mean 2, s = 1, t(0.975, 2) = 4.302653
        var estimate = IntervalEstimate.Mean([1.0, 2.0, 3.0]);

        // Then the half-width is 4.302653 / √3 = 2.484138
        Assert.Equal(2.0, estimate.Estimate, 12);
        Assert.Equal(2.0 - 2.484138, estimate.Lower, 5);
        Assert.Equal(2.0 + 2.484138, estimate.Upper, 5);
        Assert.Equal(3, estimate.Count);
    }

    [Fact]
    public void Should_give_NaN_bounds_for_too_few_values()
    {
        Assert.True(double.IsNaN(IntervalEstimate.Mean([]).Estimate));
        var single = IntervalEstimate.Mean([0.4]);
        Assert.Equal(0.4, single.Estimate);
        Assert.True(double.IsNaN(single.Lower));
    }

    [Theory]
    [InlineData(0, 10, 0.0, 0.0, 0.277533)]
    [InlineData(5, 10, 0.5, 0.236590, 0.763410)]
    [InlineData(10, 10, 1.0, 0.722467, 1.0)]
    public void Should_give_the_wilson_interval_of_a_proportion(int successes, int count, double estimate, double lower, double upper)
    {
        // Given published Wilson bounds (95%)
        var interval = IntervalEstimate.Proportion(successes, count);

        // Then they match to 6 decimals
        Assert.Equal(estimate, interval.Estimate, 9);
        Assert.Equal(lower, interval.Lower, 5);
        Assert.Equal(upper, interval.Upper, 5);
    }

    [Fact]
    public void Should_keep_wilson_bounds_around_the_estimate_and_inside_the_unit_interval()
    {
        Gen.Int[1, 500].SelectMany(count => Gen.Int[0, count].Select(successes => (successes, count)))
            .Sample(pair =>
            {
                var interval = IntervalEstimate.Proportion(pair.successes, pair.count);
                Assert.InRange(interval.Lower, 0.0, interval.Estimate + 1e-12);
                Assert.InRange(interval.Upper, interval.Estimate - 1e-12, 1.0);
            }, seed: "0N0XIzNsQ0O2");
    }
}
