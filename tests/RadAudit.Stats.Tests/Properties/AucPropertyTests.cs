using CsCheck;
using RadAudit.Stats.Bootstrap;
using RadAudit.Stats.Roc;

namespace RadAudit.Stats.Tests.Properties;

public sealed class AucPropertyTests
{
    [Fact]
    public void Should_keep_auc_and_ci_under_a_strictly_increasing_transform()
    {
        ScoreGenerators.Labelled().Sample(labelled =>
        {
            // Given scores and a strictly increasing transform of them
            var original = DeLong.Estimate(BinaryScores.FromLabels(labelled.Scores, labelled.Positive));
            var transformed = DeLong.Estimate(BinaryScores.FromLabels(labelled.Scores.Select(s => Math.Exp(3 * s) - 7).ToArray(), labelled.Positive));

            // Then AUC and DeLong limits do not change (only the ranks matter)
            Assert.Equal(original.Auc, transformed.Auc, 12);
            Assert.Equal(original.Lower, transformed.Lower, 12);
            Assert.Equal(original.Upper, transformed.Upper, 12);
        }, seed: ScoreGenerators.Seed, iter: 300, threads: 1);
    }

    [Fact]
    public void Should_give_one_minus_auc_for_negated_scores()
    {
        ScoreGenerators.Labelled().Sample(labelled =>
        {
            double auc = DeLongPlacements.Compute(BinaryScores.FromLabels(labelled.Scores, labelled.Positive)).Theta;
            double negated = DeLongPlacements.Compute(BinaryScores.FromLabels(labelled.Scores.Select(s => -s).ToArray(), labelled.Positive)).Theta;
            Assert.Equal(1 - auc, negated, 12);
        }, seed: ScoreGenerators.Seed, iter: 300, threads: 1);
    }

    [Fact]
    public void Should_equal_the_quadratic_mann_whitney_count()
    {
        ScoreGenerators.Labelled().Sample(labelled =>
        {
            // Given the same scores. When counted pair by pair (O(n²), ties ½)
            var scores = BinaryScores.FromLabels(labelled.Scores, labelled.Positive);
            double wins = scores.Cases.Sum(x => scores.Controls.Sum(y => x > y ? 1.0 : x == y ? 0.5 : 0));

            // Then the fast placements give the same θ, and each set of placements averages to θ
            DeLongPlacements placements = DeLongPlacements.Compute(scores);
            Assert.Equal(wins / (scores.Cases.Length * (double)scores.Controls.Length), placements.Theta, 14);
            Assert.Equal(placements.Theta, placements.CasePlacements.Average(), 12);
            Assert.Equal(placements.Theta, placements.ControlPlacements.Average(), 12);
            Assert.Equal(placements.Theta, RocCurve.Compute(scores).TrapezoidArea(), 12);
        }, seed: ScoreGenerators.Seed, iter: 300, threads: 1);
    }

    [Fact]
    public void Should_negate_z_and_keep_p_when_a_and_b_swap()
    {
        ScoreGenerators.Paired().Sample(paired =>
        {
            var ab = DeLong.Compare(PairedBinaryScores.FromLabels(paired.A, paired.B, paired.Positive));
            var ba = DeLong.Compare(PairedBinaryScores.FromLabels(paired.B, paired.A, paired.Positive));
            if (double.IsNaN(ab.Z))
            {
                // A class of one member: the variance is undefined, and must be so both ways.
                Assert.True(double.IsNaN(ba.Z));
                return;
            }
            Assert.Equal(-ab.Z, ba.Z, 10);
            Assert.Equal(ab.P, ba.P, 12);
            Assert.Equal(-ab.Upper, ba.Lower, 12);
        }, seed: ScoreGenerators.Seed, iter: 300, threads: 1);
    }

    [Fact]
    public void Should_contain_the_auc_in_its_bootstrap_interval()
    {
        ScoreGenerators.Labelled(maximum: 120).Where(labelled => labelled.Scores.Length >= 20).Sample(labelled =>
        {
            var scores = BinaryScores.FromLabels(labelled.Scores, labelled.Positive);
            var interval = StratifiedBootstrap.AucInterval(scores, 200, seed: 11);
            double auc = DeLongPlacements.Compute(scores).Theta;
            Assert.InRange(auc, interval.Lower, interval.Upper);
        }, seed: ScoreGenerators.Seed, iter: 100, threads: 1);
    }
}
