using RadAudit.Stats.Evaluation;

namespace RadAudit.Stats.Tests.Evaluation;

/// <summary>The across-training-runs test of a difference between retrained conditions, against scipy.</summary>
public sealed class AcrossRunsTestTests
{
    // Expected values from Golden/make_across_runs_golden.py (scipy 1.10).
    [Theory]
    [InlineData(new[] { 0.01, 0.03, 0.05 }, new[] { 0.01, 0.01, 0.01 }, 0.03, 0.015275252316519466, 6.124999999999999, 1.9639610121239315, 0.09617969523679679, -0.007193067574036566, 0.06719306757403656)]
    [InlineData(new[] { -0.02, 0.04 }, new[] { 0.012, 0.018 }, 0.01, 0.033674916480965475, 1.5876000000000001, 0.2969569354582493, 0.8007184083675234, -0.17767128368225774, 0.19767128368225775)]
    [InlineData(new[] { 0.002, -0.004, 0.001, 0.003, -0.001 }, new[] { 0.02, 0.021, 0.019, 0.02, 0.022 }, 0.0002, 0.020463137589333654, 295738.214876033, 0.009773672249765324, 0.9922018685547009, -0.03990717683199431, 0.04030717683199431)]
    public void Should_match_the_welch_satterthwaite_t_computed_by_scipy(double[] differences, double[] errors, double mean, double standardError,
        double degrees, double t, double p, double lower, double upper)
    {
        // When the K runs' differences and their test-set errors are tested
        AcrossRunsDifference test = AcrossRunsTest.Test(differences, errors);

        // Then every figure equals scipy's
        Assert.Equal(differences.Length, test.Runs);
        Assert.Equal(mean, test.Mean, 12);
        Assert.Equal(standardError, test.StandardError, 12);
        Assert.Equal(degrees, test.DegreesOfFreedom, 6);
        Assert.Equal(t, test.T, 10);
        Assert.Equal(p, test.P, 9);
        Assert.Equal(lower, test.Lower, 9);
        Assert.Equal(upper, test.Upper, 9);
    }

    [Fact]
    public void Should_not_call_a_large_test_set_difference_significant_when_runs_disagree()
    {
        // Given two runs with DeLong errors of 0.01 whose differences are +0.08 and -0.01 (each "significant" alone at +0.08)
        AcrossRunsDifference test = AcrossRunsTest.Test([0.08, -0.01], [0.01, 0.01]);

        // Then the run-to-run spread dominates and the change is not significant
        Assert.True(test.P > 0.3, $"p = {test.P}");
        Assert.True(test.Lower < 0 && test.Upper > 0.035);
    }

    [Fact]
    public void Should_reduce_to_the_delong_z_test_when_runs_agree_exactly()
    {
        // Given identical differences: no training variation, so the test-set error is all there is
        AcrossRunsDifference test = AcrossRunsTest.Test([0.02, 0.02, 0.02], [0.01, 0.01, 0.01]);

        Assert.True(double.IsPositiveInfinity(test.DegreesOfFreedom));
        Assert.Equal(2.0, test.T, 12);
        Assert.Equal(0.0455, test.P, 4);
    }

    [Fact]
    public void Should_refuse_a_single_run()
    {
        Assert.Throws<ArgumentException>(() => AcrossRunsTest.Test([0.02], [0.01]));
    }

    [Fact]
    public void Should_keep_the_false_alarm_rate_near_its_level_where_one_runs_delong_test_is_far_above_it()
    {
        // Given 20,000 simulated audits of a null effect: 3 runs whose training spread equals the test-set error
        // (sd 0.01 each; the test-set error shared by the runs, as when all are scored on one test set)
        var random = new Random(21);
        int alarms = 0, delongAlone = 0, audits = 20000;
        for (int audit = 0; audit < audits; audit++)
        {
            double shared = 0.01 * Gaussian(random);
            double[] differences = [.. Enumerable.Range(0, 3).Select(_ => shared + 0.01 * Gaussian(random))];
            if (AcrossRunsTest.Test(differences, [0.01, 0.01, 0.01]).P < 0.05) alarms++;
            if (Math.Abs(differences[0] / 0.01) > 1.959964) delongAlone++;
        }

        // Then about 5% of them call it significant, while the first run's paired DeLong test alone calls about 17%
        Assert.InRange(alarms / (double)audits, 0.035, 0.065);
        Assert.InRange(delongAlone / (double)audits, 0.14, 0.20);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
