using MathNet.Numerics.Distributions;

namespace RadAudit.Stats.Evaluation;

/// <summary>
/// Tests a difference between two trained conditions (cover − original) that counts both sources of variation:
/// the test images (each run's paired DeLong variance) and the training runs (the spread of the K paired
/// differences). A paired DeLong p-value alone counts only the first, so two separately trained models that differ by
/// training noise look "significantly" different on a large test set (issue #21: +0.084, p &lt; 0.001, from random
/// covering on real MURA).
/// </summary>
/// <remarks>
/// d̄ = mean of the K differences; SE² = s²/K + v, where s² is their sample variance (training variation, divided by K
/// because the runs are independent) and v the mean DeLong variance of one run's difference (test-set variation, not
/// divided by K: every run is scored on the same test images, so that error is shared, and this keeps SE from being
/// too small). t = d̄/SE is referred to Student's t with the Welch–Satterthwaite degrees of freedom
/// ν = SE⁴ / ((s²/K)² / (K − 1)), taking v as known (a test set of hundreds of images estimates it far more precisely
/// than K runs estimate s²). With few runs ν is small and the test wide (K = 2 gives ν ≤ 1 when training variation
/// dominates), which is what keeps the false-alarm rate at its level; docs/validity.md measures it. Needs K ≥ 2.
/// </remarks>
public static class AcrossRunsTest
{
    /// <summary>The test of <paramref name="differences"/> (one per run) with their test-set standard errors.</summary>
    /// <exception cref="ArgumentException">Fewer than two runs, or the two lists differ in length.</exception>
    public static AcrossRunsDifference Test(IReadOnlyList<double> differences, IReadOnlyList<double> testStandardErrors)
    {
        int runs = differences.Count;
        if (runs < 2) throw new ArgumentException("An across-runs test needs at least two training runs.", nameof(differences));
        if (testStandardErrors.Count != runs) throw new ArgumentException("Give one standard error per run.", nameof(testStandardErrors));
        double mean = differences.Average();
        double runVariance = differences.Sum(value => (value - mean) * (value - mean)) / (runs - 1);
        double testVariance = testStandardErrors.Average(error => error * error);
        double trainingPart = runVariance / runs;
        double variance = trainingPart + testVariance;
        if (!(variance > 0) || !double.IsFinite(variance))
            return new AcrossRunsDifference(runs, mean, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        double standardError = Math.Sqrt(variance);
        double degrees = trainingPart > 0 ? variance * variance * (runs - 1) / (trainingPart * trainingPart) : double.PositiveInfinity;
        double t = mean / standardError;
        double p = degrees > 1e6 ? 2 * (1 - Normal.CDF(0, 1, Math.Abs(t))) : 2 * (1 - StudentT.CDF(0, 1, degrees, Math.Abs(t)));
        double critical = degrees > 1e6 ? Normal.InvCDF(0, 1, 0.975) : StudentT.InvCDF(0, 1, degrees, 0.975);
        return new AcrossRunsDifference(runs, mean, standardError, degrees, t, p, mean - critical * standardError, mean + critical * standardError);
    }
}
