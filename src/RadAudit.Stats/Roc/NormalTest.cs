using MathNet.Numerics.Distributions;

namespace RadAudit.Stats.Roc;

/// <summary>Two-sided z-test and normal confidence limits shared by the DeLong statistics.</summary>
internal static class NormalTest
{
    /// <summary>Standard normal quantile for a two-sided interval of <paramref name="confidence"/>, e.g. 1.96 for 0.95.</summary>
    public static double CriticalValue(double confidence)
    {
        if (!(confidence > 0 && confidence < 1))
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "Confidence must lie strictly between 0 and 1.");
        return Normal.InvCDF(0, 1, 1 - (1 - confidence) / 2);
    }

    /// <summary>
    /// z = <paramref name="difference"/> / <paramref name="standardError"/> and p = 2·Φ(−|z|). A zero standard error
    /// with a zero difference gives z 0 and p 1 (pROC's rule for identical curves); with a non-zero difference z is
    /// ±∞ and p 0.
    /// </summary>
    public static (double Z, double P) TwoSided(double difference, double standardError)
    {
        double z = difference == 0 && standardError == 0 ? 0 : difference / standardError;
        double p = double.IsNaN(z) ? double.NaN : 2 * Normal.CDF(0, 1, -Math.Abs(z));
        return (z, p);
    }
}
