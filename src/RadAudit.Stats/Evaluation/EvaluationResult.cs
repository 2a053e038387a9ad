using System.Text.Json.Serialization;

namespace RadAudit.Stats.Evaluation;

/// <summary>
/// The result of `radaudit evaluate`: the metrics of one classifier at image or study level plus a breakdown per
/// body part. JSON keys: level, aggregation, n, positives, auc, auc_ci95, auc_ci95_bootstrap, kappa, sensitivity,
/// specificity, threshold, ppv, npv, accuracy, youden_threshold, auc_se, auc_p_vs_chance, skipped_unlabeled,
/// per_body_part (see <see cref="StatsJson"/>).
/// </summary>
public sealed class EvaluationResult : MetricSummary
{
    /// <summary>Creates the result around the overall <paramref name="summary"/>.</summary>
    public EvaluationResult(MetricSummary summary, EvaluationOptions options, int skippedUnlabelled,
        IReadOnlyDictionary<string, MetricSummary> perBodyPart)
        : base(summary.DeLongEstimate, summary.BootstrapInterval, summary.Confusion, summary.Curve)
    {
        Options = options;
        SkippedUnlabelled = skippedUnlabelled;
        PerBodyPart = perBodyPart;
    }

    /// <summary>The options used.</summary>
    [JsonIgnore] public EvaluationOptions Options { get; }

    /// <summary>"image" or "study".</summary>
    [JsonPropertyName("level"), JsonPropertyOrder(-2)] public string Level => Options.LevelName;

    /// <summary>"mean" or "max" at study level; null (omitted) at image level.</summary>
    [JsonPropertyName("aggregation"), JsonPropertyOrder(-1), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Aggregation => Options.AggregationName;

    /// <summary>The decision threshold (`score ≥ threshold` is abnormal).</summary>
    [JsonPropertyName("threshold"), JsonPropertyOrder(9)] public double Threshold => Options.Threshold;

    /// <summary>Rows (images, or studies at study level) skipped because their label is unknown.</summary>
    [JsonPropertyName("skipped_unlabeled"), JsonPropertyOrder(50)] public int SkippedUnlabelled { get; }

    /// <summary>Metrics per body part (empty key = unknown body part), ordered by name.</summary>
    [JsonPropertyName("per_body_part"), JsonPropertyOrder(100)] public IReadOnlyDictionary<string, MetricSummary> PerBodyPart { get; }
}
