using RadAudit.Stats.Bootstrap;
using RadAudit.Stats.Roc;

namespace RadAudit.Stats.Tests.Bootstrap;

public sealed class StratifiedBootstrapTests
{
    private static readonly BinaryScores Scores = BinaryScores.FromLabels(
        Enumerable.Range(0, 200).Select(i => (i * 37 % 101) / 100.0 + (i % 3 == 0 ? 0.3 : 0)).ToArray(),
        Enumerable.Range(0, 200).Select(i => i % 3 == 0).ToArray());

    [Fact]
    public void Should_reproduce_the_same_interval_from_the_same_seed()
    {
        var first = StratifiedBootstrap.AucInterval(Scores, 300, seed: 7);
        var second = StratifiedBootstrap.AucInterval(Scores, 300, seed: 7);
        var other = StratifiedBootstrap.AucInterval(Scores, 300, seed: 8);
        Assert.Equal(first, second);
        Assert.NotEqual(first.Lower, other.Lower);
    }

    [Fact]
    public void Should_agree_roughly_with_the_delong_interval()
    {
        // Given 2000 replicates. Then the percentile limits lie within 0.02 of DeLong's (both ≈ normal here)
        var bootstrap = StratifiedBootstrap.AucInterval(Scores, 2000, seed: 1);
        AucEstimate delong = DeLong.Estimate(Scores);
        Assert.InRange(bootstrap.Lower, delong.Lower - 0.02, delong.Lower + 0.02);
        Assert.InRange(bootstrap.Upper, delong.Upper - 0.02, delong.Upper + 0.02);
    }

    [Fact]
    public void Should_equal_the_plain_auc_when_every_weight_is_one()
    {
        int[] ones(int count) => Enumerable.Repeat(1, count).ToArray();
        double weighted = StratifiedBootstrap.WeightedAuc(RankedScores.From(Scores), ones(Scores.Cases.Length), ones(Scores.Controls.Length));
        Assert.Equal(DeLongPlacements.Compute(Scores).Theta, weighted, 15);
    }

    [Fact]
    public void Should_give_a_zero_width_difference_interval_for_identical_classifiers()
    {
        var interval = StratifiedBootstrap.DifferenceInterval(new PairedBinaryScores(Scores, Scores), 200, seed: 3);
        Assert.Equal((0.0, 0.0), (interval.Lower, interval.Upper));
    }

    [Fact]
    public void Should_give_nan_limits_without_both_classes_and_refuse_zero_replicates()
    {
        var interval = StratifiedBootstrap.AucInterval(new BinaryScores([0.1], []), 10, seed: 1);
        Assert.True(double.IsNaN(interval.Lower) && double.IsNaN(interval.Upper));
        Assert.Throws<ArgumentOutOfRangeException>(() => StratifiedBootstrap.AucInterval(Scores, 0, seed: 1));
    }

    [Fact]
    public void Should_take_quantiles_as_R_type_7()
    {
        // R: quantile(c(1, 2, 4, 8), c(0.025, 0.5, 0.975)) = 1.075, 3, 7.7
        double[] sorted = [1, 2, 4, 8];
        Assert.Equal(1.075, Quantile.Type7(sorted, 0.025), 12);
        Assert.Equal(3, Quantile.Type7(sorted, 0.5), 12);
        Assert.Equal(7.7, Quantile.Type7(sorted, 0.975), 12);
    }
}
