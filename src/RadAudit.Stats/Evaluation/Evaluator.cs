using RadAudit.Core;

namespace RadAudit.Stats.Evaluation;

/// <summary>
/// Evaluates one classifier's predictions: AUC with DeLong and bootstrap CIs, kappa and threshold metrics,
/// Youden's threshold and the ROC curve, overall and per body part, at image or study level.
/// The entry point behind `radaudit evaluate` and the audit.
/// </summary>
public static class Evaluator
{
    /// <summary>Evaluates <paramref name="records"/> (one per image) under <paramref name="options"/>.</summary>
    /// <param name="records">Image predictions; unlabelled rows are skipped and counted.</param>
    /// <param name="options">Level, threshold, bootstrap settings; null for the defaults.</param>
    /// <param name="source">Names the records in error messages, e.g. the CSV path.</param>
    /// <param name="progress">Receives bootstrap progress.</param>
    /// <remarks>
    /// A set with only one class gives NaN AUC metrics with a note, not an exception; a set without any labelled
    /// row is a <see cref="RadAuditException"/>, as is a NaN score (naming the row).
    /// </remarks>
    public static EvaluationResult Evaluate(IReadOnlyList<PredictionRecord> records, EvaluationOptions? options = null,
        string source = "predictions", IProgress<ProgressReport>? progress = null)
    {
        options ??= new EvaluationOptions();
        IReadOnlyList<PredictionRecord> units = AtLevel(records, options, source);
        var (scores, skipped) = LabelledScores.Split(units, source);
        if (scores.Count == 0)
            throw new RadAuditException(
                $"{source}: none of its {units.Count} rows has a label (0 or 1); evaluation needs labelled predictions.");
        MetricSummary overall = MetricSummary.Compute(scores, options, progress);
        return new EvaluationResult(overall, options, skipped, PerBodyPart(units, options, source));
    }

    /// <summary>The records at the requested level: as given, or aggregated per study.</summary>
    public static IReadOnlyList<PredictionRecord> AtLevel(IReadOnlyList<PredictionRecord> records, EvaluationOptions options, string source)
        => options.Level == EvaluationLevel.Study ? StudyAggregator.Aggregate(records, options.Aggregation, source) : records;

    private static SortedDictionary<string, MetricSummary> PerBodyPart(IReadOnlyList<PredictionRecord> units,
        EvaluationOptions options, string source)
    {
        var parts = new SortedDictionary<string, MetricSummary>(StringComparer.Ordinal);
        foreach (var group in units.Where(unit => unit.Label is not null).GroupBy(unit => unit.BodyPart))
        {
            var (scores, _) = LabelledScores.Split(group, source);
            parts[group.Key] = MetricSummary.Compute(scores, options);
        }
        return parts;
    }
}
