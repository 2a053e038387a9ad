using RadAudit.Stats.Calibration;

namespace RadAudit.Stats.Tests.Calibration;

public sealed class ExpectedCalibrationErrorTests
{
    [Fact]
    public void Should_be_zero_when_every_bin_s_rate_equals_its_mean_probability()
    {
        // Given two bins: 0.5 twice with one positive, and 1.0 once, positive
        double error = ExpectedCalibrationError.Of([0.5, 0.5, 1.0], [true, false, true]);

        // Then the error is 0
        Assert.Equal(0, error, 12);
    }

    [Fact]
    public void Should_weight_each_bin_s_gap_by_its_share_of_the_samples()
    {
        // Given four samples: 0.9 (negative), 0.9 (positive) in one bin; 0.2 (negative), 0.2 (negative) in another
        double error = ExpectedCalibrationError.Of([0.9, 0.9, 0.2, 0.2], [false, true, false, false]);

        // Then ECE = 2/4·|0.5 − 0.9| + 2/4·|0 − 0.2| = 0.2 + 0.1 = 0.3, by hand
        Assert.Equal(0.3, error, 12);
    }

    [Fact]
    public void Should_be_undefined_without_samples()
    {
        Assert.True(double.IsNaN(ExpectedCalibrationError.Of([], [])));
    }
}
