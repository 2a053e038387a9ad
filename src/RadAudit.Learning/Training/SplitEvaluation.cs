using RadAudit.Core;

namespace RadAudit.Learning.Training;

/// <summary>How a model did on one split.</summary>
/// <param name="Loss">Mean weighted binary cross-entropy per image.</param>
/// <param name="ImageAuc">Area under the ROC curve over labelled images (NaN when a class is missing).</param>
/// <param name="StudyAuc">Area under the ROC curve over labelled studies, a study's score being the mean of its
/// images' probabilities (MURA's rule).</param>
/// <param name="Predictions">One score per image.</param>
public sealed record SplitEvaluation(double Loss, double ImageAuc, double StudyAuc, IReadOnlyList<PredictionRecord> Predictions)
{
    /// <summary>Computes the AUCs of <paramref name="predictions"/>.</summary>
    public static SplitEvaluation From(IReadOnlyList<PredictionRecord> predictions, double loss)
    {
        PredictionRecord[] labelled = predictions.Where(prediction => prediction.Label is not null).ToArray();
        double imageAuc = RankAreaUnderCurve.Compute(
            labelled.Select(prediction => prediction.Score).ToArray(), labelled.Select(prediction => prediction.Label!.Value).ToArray());
        var studies = labelled
            .GroupBy(prediction => string.IsNullOrEmpty(prediction.Study) ? prediction.Path : prediction.Study, StringComparer.Ordinal)
            .Select(group => (Score: group.Average(prediction => prediction.Score), Label: group.First().Label!.Value))
            .ToArray();
        double studyAuc = RankAreaUnderCurve.Compute(
            studies.Select(study => study.Score).ToArray(), studies.Select(study => study.Label).ToArray());
        return new SplitEvaluation(loss, imageAuc, studyAuc, predictions);
    }
}
