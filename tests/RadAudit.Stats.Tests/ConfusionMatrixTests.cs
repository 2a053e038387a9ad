namespace RadAudit.Stats.Tests;

public sealed class ConfusionMatrixTests
{
    [Fact]
    public void Should_count_a_score_equal_to_the_threshold_as_positive()
    {
        // Given cases 0.5, 0.4 and controls 0.5, 0.2 at threshold 0.5
        ConfusionMatrix matrix = ConfusionMatrix.At(new BinaryScores([0.5, 0.4], [0.5, 0.2]), 0.5);

        // Then 0.5 is positive for both classes
        Assert.Equal(new ConfusionMatrix(1, 1, 1, 1), matrix);
    }

    [Fact]
    public void Should_derive_rates_and_kappa_by_hand()
    {
        // Given TP 40, FP 10, TN 35, FN 15 (N 100): po 0.75, pe (50·55 + 50·45)/100² = 0.5, κ = 0.5
        var matrix = new ConfusionMatrix(40, 10, 35, 15);
        Assert.Equal(40.0 / 55, matrix.Sensitivity, 15);
        Assert.Equal(35.0 / 45, matrix.Specificity, 15);
        Assert.Equal(0.8, matrix.PositivePredictiveValue, 15);
        Assert.Equal(0.7, matrix.NegativePredictiveValue, 15);
        Assert.Equal(0.75, matrix.Accuracy, 15);
        Assert.Equal(0.5, matrix.Kappa, 15);
    }

    [Fact]
    public void Should_give_nan_for_rates_with_an_empty_denominator()
    {
        // Given nothing called positive. Then PPV is undefined; with a constant truth kappa is undefined too
        var matrix = new ConfusionMatrix(0, 0, 5, 0);
        Assert.True(double.IsNaN(matrix.PositivePredictiveValue));
        Assert.True(double.IsNaN(matrix.Sensitivity));
        Assert.True(double.IsNaN(matrix.Kappa));
        Assert.Equal(1, matrix.Specificity);
    }
}
