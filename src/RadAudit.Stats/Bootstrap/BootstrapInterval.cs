namespace RadAudit.Stats.Bootstrap;

/// <summary>A percentile bootstrap confidence interval.</summary>
/// <param name="Lower">Lower limit: the (1 − level)/2 quantile of the replicates.</param>
/// <param name="Upper">Upper limit: the (1 + level)/2 quantile of the replicates.</param>
/// <param name="ConfidenceLevel">Level, e.g. 0.95.</param>
/// <param name="Replicates">Number of bootstrap replicates.</param>
/// <param name="Seed">Seed of the resampling; the same seed gives the same interval.</param>
public sealed record BootstrapInterval(double Lower, double Upper, double ConfidenceLevel, int Replicates, int Seed);
