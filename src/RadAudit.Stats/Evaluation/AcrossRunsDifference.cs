namespace RadAudit.Stats.Evaluation;

/// <summary>A difference between two training procedures, tested over K training runs (seeds) of each.</summary>
/// <param name="Runs">K, the paired runs (seed k of one condition against seed k of the other).</param>
/// <param name="Mean">Mean of the K paired differences.</param>
/// <param name="StandardError">√(s²/K + v), s² the runs' sample variance, v the mean of their test-set (DeLong) variances.</param>
/// <param name="DegreesOfFreedom">Welch–Satterthwaite degrees of freedom of that standard error.</param>
/// <param name="T">Mean / standard error.</param>
/// <param name="P">Two-sided p-value from Student's t with <see cref="DegreesOfFreedom"/>.</param>
/// <param name="Lower">Lower end of the 95% interval of the mean difference.</param>
/// <param name="Upper">Upper end.</param>
public sealed record AcrossRunsDifference(int Runs, double Mean, double StandardError, double DegreesOfFreedom, double T, double P,
    double Lower, double Upper);
