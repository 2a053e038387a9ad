namespace RadAudit.Stats.Calibration;

/// <summary>
/// Expected calibration error: the probabilities are put in <c>bins</c> equal-width bins over [0, 1] and
/// ECE = Σ_b (n_b / N)·|observed rate_b − mean probability_b| (Naeini, Cooper &amp; Hauskrecht 2015; Guo et al. 2017).
/// 0 is perfect; NaN without any probability.
/// </summary>
public static class ExpectedCalibrationError
{
    /// <summary>The usual 10 bins.</summary>
    public const int DefaultBins = 10;

    /// <summary>ECE of <paramref name="probabilities"/> against <paramref name="outcomes"/>.</summary>
    public static double Of(IReadOnlyList<double> probabilities, IReadOnlyList<bool> outcomes, int bins = DefaultBins)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(probabilities.Count, outcomes.Count);
        ArgumentOutOfRangeException.ThrowIfLessThan(bins, 1);
        if (probabilities.Count == 0) return double.NaN;
        var count = new int[bins];
        var probabilitySum = new double[bins];
        var positives = new double[bins];
        for (int i = 0; i < probabilities.Count; i++)
        {
            int bin = Math.Clamp((int)(probabilities[i] * bins), 0, bins - 1);
            count[bin]++;
            probabilitySum[bin] += probabilities[i];
            if (outcomes[i]) positives[bin]++;
        }
        double error = 0;
        for (int bin = 0; bin < bins; bin++)
            if (count[bin] > 0) error += Math.Abs(positives[bin] - probabilitySum[bin]) / probabilities.Count;
        return error;
    }
}
