using RadAudit.Stats.Roc;

namespace RadAudit.Stats.Tests.Roc;

public sealed class RocCurveTests
{
    [Fact]
    public void Should_list_one_point_per_distinct_score_from_origin_to_one_one()
    {
        // Given cases 0.9, 0.4 and controls 0.4, 0.1 (a tie at 0.4)
        RocCurve curve = RocCurve.Compute(new BinaryScores([0.9, 0.4], [0.4, 0.1]));

        // Then thresholds decrease and the tie moves the curve diagonally
        Assert.Equal(
            [new RocPoint(double.PositiveInfinity, 0, 0), new RocPoint(0.9, 0, 0.5), new RocPoint(0.4, 0.5, 1), new RocPoint(0.1, 1, 1)],
            curve.Points);
        Assert.Equal(0.875, curve.TrapezoidArea(), 15);
    }

    [Fact]
    public void Should_pick_the_highest_threshold_among_equal_youden_indices()
    {
        // Given cases 0.9, 0.7 and controls 0.8, 0.1: J is 0.5 at 0.9 and at 0.7
        RocCurve curve = RocCurve.Compute(new BinaryScores([0.9, 0.7], [0.8, 0.1]));

        // Then the first (highest) is chosen
        Assert.Equal(0.9, curve.YoudenOptimum()!.Value.Threshold);
    }

    [Fact]
    public void Should_be_empty_without_both_classes()
    {
        RocCurve curve = RocCurve.Compute(new BinaryScores([0.9], []));
        Assert.Empty(curve.Points);
        Assert.Null(curve.YoudenOptimum());
        Assert.True(double.IsNaN(curve.TrapezoidArea()));
    }
}
