using RadAudit.Core;
using RadAudit.Stats;
using RadAudit.Stats.Evaluation;
using RadAudit.Stats.Roc;

namespace RadAudit.Learning.Training;

/// <summary>How a model did on one split.</summary>
/// <param name="Loss">Mean weighted binary cross-entropy per image.</param>
/// <param name="ImageAuc">Area under the ROC curve over labelled images (NaN when a class is missing).</param>
/// <param name="StudyAuc">Area under the ROC curve over labelled studies, a study's score being the mean of its
/// images' probabilities (MURA's rule).</param>
/// <param name="Predictions">One score per image.</param>
public sealed record SplitEvaluation(double Loss, double ImageAuc, double StudyAuc, IReadOnlyList<PredictionRecord> Predictions)
{
    /// <summary>Computes the AUCs of <paramref name="predictions"/> through RadAudit.Stats.</summary>
    public static SplitEvaluation From(IReadOnlyList<PredictionRecord> predictions, double loss)
    {
        PredictionRecord[] labelled = predictions.Where(prediction => prediction.Label is not null).ToArray();
        bool haveStudies = labelled.Length > 0 && labelled.All(prediction => !string.IsNullOrEmpty(prediction.Study));
        double studyAuc = haveStudies
            ? AreaUnderCurve(StudyAggregator.Aggregate(labelled, StudyAggregation.Mean, "valid predictions"))
            : double.NaN;
        return new SplitEvaluation(loss, AreaUnderCurve(labelled), studyAuc, predictions);
    }

    private static double AreaUnderCurve(IReadOnlyList<PredictionRecord> labelled)
    {
        if (labelled.Any(prediction => !double.IsFinite(prediction.Score))) return double.NaN;
        var scores = BinaryScores.FromLabels(
            labelled.Select(prediction => prediction.Score).ToArray(),
            labelled.Select(prediction => prediction.Label == 1).ToArray());
        return scores.HasBothClasses ? DeLong.Estimate(scores).Auc : double.NaN;
    }
}
