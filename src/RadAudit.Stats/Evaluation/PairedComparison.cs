using System.Text.Json.Serialization;

namespace RadAudit.Stats.Evaluation;

/// <summary>
/// The result of `radaudit compare`: both classifiers' metrics on the same items and the paired difference
/// A − B. JSON keys: level, aggregation, n, positives, threshold, skipped_unlabeled, a, b, difference.
/// </summary>
/// <param name="Options">The options used.</param>
/// <param name="SkippedUnlabelled">Rows skipped because their label is unknown.</param>
/// <param name="A">Metrics of A.</param>
/// <param name="B">Metrics of B.</param>
/// <param name="Difference">The paired test of A − B.</param>
public sealed record PairedComparison(
    [property: JsonIgnore] EvaluationOptions Options,
    [property: JsonPropertyName("skipped_unlabeled"), JsonPropertyOrder(6)] int SkippedUnlabelled,
    [property: JsonPropertyName("a"), JsonPropertyOrder(10)] MetricSummary A,
    [property: JsonPropertyName("b"), JsonPropertyOrder(11)] MetricSummary B,
    [property: JsonPropertyName("difference"), JsonPropertyOrder(12)] DifferenceSummary Difference)
{
    /// <summary>"image" or "study".</summary>
    [JsonPropertyName("level"), JsonPropertyOrder(1)] public string Level => Options.LevelName;

    /// <summary>"mean" or "max" at study level; omitted at image level.</summary>
    [JsonPropertyName("aggregation"), JsonPropertyOrder(2), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Aggregation => Options.AggregationName;

    /// <summary>Number of labelled items compared.</summary>
    [JsonPropertyName("n"), JsonPropertyOrder(3)] public long Count => A.Count;

    /// <summary>Number of positive items.</summary>
    [JsonPropertyName("positives"), JsonPropertyOrder(4)] public long Positives => A.Positives;

    /// <summary>Decision threshold of the threshold metrics.</summary>
    [JsonPropertyName("threshold"), JsonPropertyOrder(5)] public double Threshold => Options.Threshold;
}
