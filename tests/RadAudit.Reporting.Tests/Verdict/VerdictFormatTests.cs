using CsCheck;
using RadAudit.Reporting.Verdict;

namespace RadAudit.Reporting.Tests.Verdict;

public sealed class VerdictFormatTests
{
    [Theory]
    [InlineData(0.02, "p = 0.02")]
    [InlineData(0.41, "p = 0.41")]
    [InlineData(0.004, "p = 0.004")]
    [InlineData(0.0004, "p < 0.001")]
    [InlineData(double.NaN, "p n/a")]
    public void Should_format_p_values_by_size(double p, string expected) => Assert.Equal(expected, VerdictFormat.PValue(p));

    [Theory]
    [InlineData(0.38, "38%")]
    [InlineData(0.02, "2%")]
    [InlineData(0.016, "1.6%")]
    [InlineData(0.004, "0.4%")]
    public void Should_format_percentages(double fraction, string expected) => Assert.Equal(expected, VerdictFormat.Percent(fraction));

    [Fact]
    public void Should_sign_differences_and_never_write_minus_zero_twice()
    {
        Assert.Equal("+0.013", VerdictFormat.Signed(0.013));
        Assert.Equal("-0.004", VerdictFormat.Signed(-0.004));
        Assert.Equal("0.000", VerdictFormat.Signed(0.0));
    }

    [Fact]
    public void Should_compute_the_sample_standard_deviation()
    {
        // Known answer: 2, 4, 4, 4, 5, 5, 7, 9 has sample variance 32/7
        Assert.Equal(Math.Sqrt(32.0 / 7), SeedStatistics.SampleStandardDeviation([2, 4, 4, 4, 5, 5, 7, 9]), 12);
        Assert.True(double.IsNaN(SeedStatistics.SampleStandardDeviation([0.7])));
    }

    [Fact]
    public void Should_always_show_a_sign_for_nonzero_differences()
    {
        Gen.Double[-1, 1].Where(value => Math.Abs(value) >= 0.0005).Sample(value =>
        {
            string text = VerdictFormat.Signed(value);
            return value > 0 ? text.StartsWith('+') : text.StartsWith('-');
        }, seed: "0N0XIzNsQ0O2");
    }
}
