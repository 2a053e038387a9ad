using RadAudit.Audit.Planning;
using RadAudit.Core;
using RadAudit.Reporting.Html;
using RadAudit.Reporting.Results;
using RadAudit.Stats.Evaluation;

namespace RadAudit.Audit.Steps;

/// <summary>
/// One job's predictions evaluated at image level (DeLong CI, stratified bootstrap) and study level (mean of image
/// scores, MURA's rule), converted to the report's records. Kappa, sensitivity and specificity are study-level calls
/// (mean image probability ≥ 0.5), as MURA reports them and as the report's table says.
/// </summary>
public sealed record ConditionEvaluation(AuditJob Job, IReadOnlyList<PredictionRecord> Predictions, EvaluationResult Image,
    EvaluationResult Study)
{
    /// <summary>Evaluates one job's predictions.</summary>
    public static ConditionEvaluation Of(AuditJob job, IReadOnlyList<PredictionRecord> predictions, int bootstrap)
    {
        var imageOptions = new EvaluationOptions { Level = EvaluationLevel.Image, BootstrapReplicates = bootstrap, Seed = job.Seed };
        var studyOptions = new EvaluationOptions { Level = EvaluationLevel.Study, BootstrapReplicates = 0, Seed = job.Seed };
        return new ConditionEvaluation(job, predictions,
            Evaluator.Evaluate(predictions, imageOptions, job.Id), Evaluator.Evaluate(predictions, studyOptions, job.Id));
    }

    /// <summary>The report's record for this seed (one <see cref="SeedResult"/>).</summary>
    public ConditionResult ToResult()
    {
        var perBodyPart = Image.PerBodyPart.ToDictionary(pair => pair.Key, pair => new BodyPartResult(
            pair.Value.Auc, Interval(pair.Value.AucCi95), Study.PerBodyPart.TryGetValue(pair.Key, out var study) ? study.Auc : double.NaN,
            (int)pair.Value.Count, study is null ? 0 : (int)study.Count), StringComparer.Ordinal);
        return new ConditionResult(Image.Auc, Interval(Image.AucCi95), Study.Auc, Interval(Study.AucCi95), Study.Kappa,
            Study.Sensitivity, Study.Specificity, (int)Image.Count, (int)Study.Count,
            [new SeedResult(Job.Seed, Image.Auc, Interval(Image.AucCi95), Study.Auc, Study.Kappa)], 0, perBodyPart);
    }

    /// <summary>The image-level ROC curve for the report's plot.</summary>
    public RocPlotSeries ToCurve() => new(Job.Condition,
        Image.Curve.Points.Select(point => point.FalsePositiveRate).ToList(),
        Image.Curve.Points.Select(point => point.TruePositiveRate).ToList(), Image.Auc);

    /// <summary>Converts a [lower, upper] pair.</summary>
    public static ConfidenceInterval Interval(IReadOnlyList<double>? pair) =>
        pair is { Count: 2 } ? new ConfidenceInterval(pair[0], pair[1]) : ConfidenceInterval.Unknown;
}
