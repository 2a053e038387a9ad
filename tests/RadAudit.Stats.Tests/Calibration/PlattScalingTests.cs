using RadAudit.Stats.Calibration;

namespace RadAudit.Stats.Tests.Calibration;

public sealed class PlattScalingTests
{
    [Fact]
    public void Should_map_scores_monotonically_and_pull_overconfident_scores_towards_the_observed_rate()
    {
        // Given raw scores that are all 0.9 or 0.1 while only 70 % and 30 % of them are right
        var scores = new List<double>();
        var outcomes = new List<bool>();
        for (int i = 0; i < 100; i++) { scores.Add(0.9); outcomes.Add(i < 70); scores.Add(0.1); outcomes.Add(i < 30); }

        // When Platt scaling is fitted
        PlattScaling map = PlattScaling.Fit(scores, outcomes);

        // Then it is increasing and lands near the observed rates (smoothed targets keep it a little inside them)
        Assert.True(map.Slope > 0);
        Assert.InRange(map.Apply(0.9), 0.66, 0.72);
        Assert.InRange(map.Apply(0.1), 0.28, 0.34);
        var grid = Enumerable.Range(0, 101).Select(k => map.Apply(k / 100.0)).ToList();
        Assert.True(grid.Zip(grid.Skip(1)).All(pair => pair.Second >= pair.First));
    }

    [Fact]
    public void Should_return_the_identity_when_one_outcome_is_missing()
    {
        // Given only positives
        PlattScaling map = PlattScaling.Fit([0.2, 0.7], [true, true]);

        // Then nothing can be fitted and scores pass through
        Assert.Equal(PlattScaling.Identity, map);
        Assert.Equal(0.7, map.Apply(0.7), 9);
    }

    [Fact]
    public void Should_stay_finite_on_perfectly_separated_scores()
    {
        // Given scores that separate the outcomes exactly
        PlattScaling map = PlattScaling.Fit([0.1, 0.2, 0.8, 0.9], [false, false, true, true]);

        // Then the smoothed targets keep the slope finite and the probabilities inside (0, 1)
        Assert.True(double.IsFinite(map.Slope) && double.IsFinite(map.Intercept));
        Assert.InRange(map.Apply(0.95), 0.5, 0.999);
        Assert.InRange(map.Apply(0.05), 0.001, 0.5);
    }

    [Fact]
    public void Should_stay_finite_when_nearly_every_score_is_the_same()
    {
        // Given a confident detector: almost every peak is 1 − 1e-7, whether or not the image has a label
        var scores = Enumerable.Range(0, 200).Select(i => i < 190 ? 1 - 1e-7 : 0.3).ToList();
        var outcomes = Enumerable.Range(0, 200).Select(i => i % 10 != 0).ToList();

        // When fitted
        PlattScaling map = PlattScaling.Fit(scores, outcomes);

        // Then the map stays finite and sends the common score near its observed rate
        Assert.True(Math.Abs(map.Slope) < 100 && Math.Abs(map.Intercept) < 1000, map.ToString());
        Assert.InRange(map.Apply(1 - 1e-7), 0.8, 0.95);
    }
}
