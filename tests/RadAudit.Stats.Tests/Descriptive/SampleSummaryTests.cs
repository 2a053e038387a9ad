using CsCheck;
using RadAudit.Stats.Descriptive;
using RadAudit.Stats.Tests.Properties;

namespace RadAudit.Stats.Tests.Descriptive;

public sealed class SampleSummaryTests
{
    [Fact]
    public void Should_pool_two_parts_into_the_summary_of_all_their_values()
    {
        var values = Gen.Double[-10, 10].Array[0, 12];
        Gen.Select(values, values).Sample((first, second) =>
        {
            // Given two disjoint sets of values, summarised separately
            SampleSummary pooled = SampleSummary.Pool(SampleSummary.Of(first), SampleSummary.Of(second));

            // Then pooling the summaries gives the summary of the values together
            SampleSummary whole = SampleSummary.Of([.. first, .. second]);
            Assert.Equal(whole.Count, pooled.Count);
            AssertClose(whole.Mean, pooled.Mean);
            AssertClose(whole.Sd, pooled.Sd);
        }, seed: ScoreGenerators.Seed, iter: 300, threads: 1);
    }

    [Fact]
    public void Should_know_the_sample_sd_of_a_small_set()
    {
        // Known answer: 2, 4, 4, 4, 5, 5, 7, 9 has mean 5 and sample sd sqrt(32 / 7)
        SampleSummary pooled = SampleSummary.Pool(SampleSummary.Of([2, 4, 4]), SampleSummary.Of([4, 5, 5, 7, 9]));
        Assert.Equal(8, pooled.Count);
        Assert.Equal(5, pooled.Mean, 12);
        Assert.Equal(Math.Sqrt(32.0 / 7), pooled.Sd, 12);
    }

    [Fact]
    public void Should_have_no_sd_for_one_value_and_nothing_for_none()
    {
        Assert.True(double.IsNaN(SampleSummary.Of([3.0]).Sd));
        Assert.Equal(0, SampleSummary.Of([]).Count);
        Assert.Equal(SampleSummary.Of([3.0]), SampleSummary.Pool(SampleSummary.Empty, SampleSummary.Of([3.0])));
    }

    private static void AssertClose(double expected, double actual)
    {
        if (double.IsNaN(expected)) Assert.True(double.IsNaN(actual), $"expected NaN, got {actual}");
        else Assert.Equal(expected, actual, 9);
    }
}
