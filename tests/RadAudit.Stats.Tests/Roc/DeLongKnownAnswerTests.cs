using RadAudit.Stats.Roc;

namespace RadAudit.Stats.Tests.Roc;

public sealed class DeLongKnownAnswerTests
{
    // Cases 0.9, 0.6, 0.4 against controls 0.5, 0.3, 0.4: wins 3 + 3 + 1 and one tie (½) of 9 pairs.
    private static readonly BinaryScores HandCase = new([0.9, 0.6, 0.4], [0.5, 0.3, 0.4]);

    [Fact]
    public void Should_compute_placements_and_auc_by_hand()
    {
        // Given the hand case. When its placements are computed
        DeLongPlacements placements = DeLongPlacements.Compute(HandCase);

        // Then V10 = share of controls beaten, V01 = share of cases above, θ = 7.5 / 9
        Assert.Equal(7.5 / 9, placements.Theta, 15);
        Assert.Equal([1, 1, 0.5], placements.CasePlacements);
        Assert.Equal([2.0 / 3, 1, 2.5 / 3], placements.ControlPlacements);
    }

    [Fact]
    public void Should_compute_the_delong_variance_by_hand()
    {
        // Given the hand case: S10 = 1/12, S01 = 1/36, so Var = (1/12)/3 + (1/36)/3 = 1/27
        AucEstimate estimate = DeLong.Estimate(HandCase);

        // Then the variance and the 95% limits follow (upper limit clipped to 1)
        Assert.Equal(1.0 / 27, estimate.Variance, 14);
        Assert.Equal(7.5 / 9 - 1.959963984540054 * Math.Sqrt(1.0 / 27), estimate.Lower, 12);
        Assert.Equal(1, estimate.Upper);
        Assert.Null(estimate.UndefinedReason);
    }

    [Fact]
    public void Should_give_nan_with_a_reason_when_one_class_is_missing()
    {
        // Given only positives. When estimated. Then AUC and CI are NaN and the reason says why
        AucEstimate estimate = DeLong.Estimate(new BinaryScores([0.2, 0.7], []));
        Assert.True(double.IsNaN(estimate.Auc));
        Assert.True(double.IsNaN(estimate.Lower) && double.IsNaN(estimate.Upper));
        Assert.Contains("only one class", estimate.UndefinedReason);
    }

    [Fact]
    public void Should_give_auc_half_and_zero_variance_when_all_scores_are_equal()
    {
        AucEstimate estimate = DeLong.Estimate(new BinaryScores([0.3, 0.3, 0.3], [0.3, 0.3]));
        Assert.Equal(0.5, estimate.Auc);
        Assert.Equal(0, estimate.Variance);
        Assert.Equal((0.5, 0.5), (estimate.Lower, estimate.Upper));
        Assert.Equal((0.0, 1.0), (estimate.ZAgainstChance, estimate.PAgainstChance));
    }

    [Fact]
    public void Should_give_auc_one_and_ci_one_one_under_perfect_separation()
    {
        AucEstimate estimate = DeLong.Estimate(new BinaryScores([0.8, 0.9], [0.1, 0.2, 0.3]));
        Assert.Equal(1, estimate.Auc);
        Assert.Equal((1.0, 1.0), (estimate.Lower, estimate.Upper));
        Assert.Equal(0, estimate.PAgainstChance);
    }

    [Fact]
    public void Should_leave_the_variance_undefined_with_a_single_case_as_pROC()
    {
        AucEstimate estimate = DeLong.Estimate(new BinaryScores([0.8], [0.1, 0.9, 0.3]));
        Assert.Equal(2.0 / 3, estimate.Auc, 15);
        Assert.True(double.IsNaN(estimate.Variance));
        Assert.Contains("fewer than 2", estimate.UndefinedReason);
    }

    [Fact]
    public void Should_test_an_auc_against_chance()
    {
        // Given the hand case: z = (θ − 0.5)/SE
        AucEstimate estimate = DeLong.Estimate(HandCase);
        double z = (7.5 / 9 - 0.5) / Math.Sqrt(1.0 / 27);
        Assert.Equal(z, estimate.ZAgainstChance, 12);
        Assert.Equal(2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, -z), estimate.PAgainstChance, 14);
    }

    [Fact]
    public void Should_give_z_zero_p_one_for_identical_score_vectors()
    {
        // Given the same scores twice. When compared. Then z 0 and p 1 (pROC's rule), difference 0
        AucDifference test = DeLong.Compare(new PairedBinaryScores(HandCase, HandCase));
        Assert.Equal((0.0, 1.0, 0.0), (test.Z, test.P, test.Difference));
        Assert.Equal((0.0, 0.0), (test.Lower, test.Upper));
    }

    [Fact]
    public void Should_give_nan_with_a_reason_for_a_paired_test_without_negatives()
    {
        var onlyCases = new BinaryScores([0.1, 0.2], []);
        AucDifference test = DeLong.Compare(new PairedBinaryScores(onlyCases, onlyCases));
        Assert.True(double.IsNaN(test.Z) && double.IsNaN(test.P));
        Assert.Contains("only one class", test.UndefinedReason);
    }

    [Fact]
    public void Should_refuse_to_pair_splits_of_different_sizes()
        => Assert.Throws<ArgumentException>(() => new PairedBinaryScores(HandCase, new BinaryScores([0.1], [0.2])));

    [Fact]
    public void Should_reject_nan_scores_naming_the_position()
        => Assert.Contains("Score 1", Assert.Throws<ArgumentException>(() => new BinaryScores([0.1, double.NaN], [0.2])).Message);
}
