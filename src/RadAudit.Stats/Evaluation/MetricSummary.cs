using System.Text.Json.Serialization;
using RadAudit.Stats.Bootstrap;
using RadAudit.Stats.Roc;

namespace RadAudit.Stats.Evaluation;

/// <summary>
/// Discrimination and agreement metrics of one classifier on one set of items; serialises to the snake_case keys
/// of `radaudit evaluate` (NaN as null). The full statistic objects are kept for callers (not serialised).
/// </summary>
/// <remarks>Definitions and sources: docs/metrics.md.</remarks>
public class MetricSummary
{
    /// <summary>Creates the summary from computed statistics.</summary>
    public MetricSummary(AucEstimate delong, BootstrapInterval? bootstrap, ConfusionMatrix confusion, RocCurve curve)
    {
        DeLongEstimate = delong;
        BootstrapInterval = bootstrap;
        Confusion = confusion;
        Curve = curve;
    }

    /// <summary>Computes every metric of <paramref name="scores"/> under <paramref name="options"/>.</summary>
    public static MetricSummary Compute(BinaryScores scores, EvaluationOptions options, IProgress<Core.ProgressReport>? progress = null)
    {
        BootstrapInterval? bootstrap = options.BootstrapReplicates > 0
            ? StratifiedBootstrap.AucInterval(scores, options.BootstrapReplicates, options.Seed, options.ConfidenceLevel, progress)
            : null;
        return new MetricSummary(DeLong.Estimate(scores, options.ConfidenceLevel), bootstrap,
            ConfusionMatrix.At(scores, options.Threshold), RocCurve.Compute(scores));
    }

    /// <summary>The DeLong AUC estimate (CI and test against chance).</summary>
    [JsonIgnore] public AucEstimate DeLongEstimate { get; }

    /// <summary>The bootstrap interval, or null when skipped.</summary>
    [JsonIgnore] public BootstrapInterval? BootstrapInterval { get; }

    /// <summary>Counts at the decision threshold.</summary>
    [JsonIgnore] public ConfusionMatrix Confusion { get; }

    /// <summary>ROC curve points for plots.</summary>
    [JsonIgnore] public RocCurve Curve { get; }

    /// <summary>Number of labelled items.</summary>
    [JsonPropertyName("n"), JsonPropertyOrder(1)] public long Count => Confusion.Total;

    /// <summary>Number of positive (abnormal) items.</summary>
    [JsonPropertyName("positives"), JsonPropertyOrder(2)] public long Positives => Confusion.TruePositives + Confusion.FalseNegatives;

    /// <summary>AUC (Mann–Whitney, ties one half).</summary>
    [JsonPropertyName("auc"), JsonPropertyOrder(3)] public double Auc => DeLongEstimate.Auc;

    /// <summary>DeLong confidence interval [lower, upper].</summary>
    [JsonPropertyName("auc_ci95"), JsonPropertyOrder(4)] public double[] AucCi95 => [DeLongEstimate.Lower, DeLongEstimate.Upper];

    /// <summary>Stratified percentile bootstrap interval, or null when skipped.</summary>
    [JsonPropertyName("auc_ci95_bootstrap"), JsonPropertyOrder(5)]
    public double[]? AucCi95Bootstrap => BootstrapInterval is null ? null : [BootstrapInterval.Lower, BootstrapInterval.Upper];

    /// <summary>Cohen's kappa of the thresholded decision against the labels.</summary>
    [JsonPropertyName("kappa"), JsonPropertyOrder(6)] public double Kappa => Confusion.Kappa;

    /// <summary>Sensitivity at the threshold.</summary>
    [JsonPropertyName("sensitivity"), JsonPropertyOrder(7)] public double Sensitivity => Confusion.Sensitivity;

    /// <summary>Specificity at the threshold.</summary>
    [JsonPropertyName("specificity"), JsonPropertyOrder(8)] public double Specificity => Confusion.Specificity;

    /// <summary>Positive predictive value at the threshold.</summary>
    [JsonPropertyName("ppv"), JsonPropertyOrder(10)] public double Ppv => Confusion.PositivePredictiveValue;

    /// <summary>Negative predictive value at the threshold.</summary>
    [JsonPropertyName("npv"), JsonPropertyOrder(11)] public double Npv => Confusion.NegativePredictiveValue;

    /// <summary>Accuracy at the threshold.</summary>
    [JsonPropertyName("accuracy"), JsonPropertyOrder(12)] public double Accuracy => Confusion.Accuracy;

    /// <summary>Youden's optimal threshold (an observed score), or NaN when the AUC is undefined.</summary>
    [JsonPropertyName("youden_threshold"), JsonPropertyOrder(13)] public double YoudenThreshold => Curve.YoudenOptimum()?.Threshold ?? double.NaN;

    /// <summary>DeLong standard error of the AUC.</summary>
    [JsonPropertyName("auc_se"), JsonPropertyOrder(14)] public double AucStandardError => DeLongEstimate.StandardError;

    /// <summary>Two-sided DeLong p-value of AUC = 0.5 (better than chance?).</summary>
    [JsonPropertyName("auc_p_vs_chance"), JsonPropertyOrder(15)] public double AucPAgainstChance => DeLongEstimate.PAgainstChance;

    /// <summary>Why some metric is undefined, or null (omitted from JSON).</summary>
    [JsonPropertyName("note"), JsonPropertyOrder(16), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note => DeLongEstimate.UndefinedReason;
}
