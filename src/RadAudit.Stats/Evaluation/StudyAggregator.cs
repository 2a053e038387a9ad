using RadAudit.Core;

namespace RadAudit.Stats.Evaluation;

/// <summary>
/// Aggregates image predictions to one prediction per study: score = mean (MURA's rule) or max of the image
/// scores; label = the images' common label. The result's <see cref="PredictionRecord.Path"/> is the study id.
/// </summary>
public static class StudyAggregator
{
    /// <summary>One record per study, in order of first appearance.</summary>
    /// <remarks>
    /// Images with an unknown label take their study's known label; a study whose images disagree on the label,
    /// or an image without a study id, is a <see cref="RadAuditException"/> naming it.
    /// </remarks>
    public static IReadOnlyList<PredictionRecord> Aggregate(IEnumerable<PredictionRecord> images, StudyAggregation aggregation,
        string source = "predictions")
    {
        var studies = new Dictionary<string, List<PredictionRecord>>(StringComparer.Ordinal);
        var order = new List<string>();
        int row = 0;
        foreach (PredictionRecord image in images)
        {
            row++;
            LabelledScores.Validate(image, row, source);
            if (string.IsNullOrEmpty(image.Study))
                throw new RadAuditException(
                    $"{source}: record {row} ('{image.Path}') has no study id; add a 'study' column or evaluate at image level.");
            if (!studies.TryGetValue(image.Study, out var members))
            {
                studies[image.Study] = members = [];
                order.Add(image.Study);
            }
            members.Add(image);
        }
        return order.Select(study => Combine(study, studies[study], aggregation, source)).ToList();
    }

    private static PredictionRecord Combine(string study, List<PredictionRecord> images, StudyAggregation aggregation, string source)
    {
        int?[] labels = images.Select(image => image.Label).Where(label => label is not null).Distinct().ToArray();
        if (labels.Length > 1)
            throw new RadAuditException(
                $"{source}: study '{study}' has images labelled both 0 and 1; a study has one label. Fix the labels of its images.");
        double score = aggregation == StudyAggregation.Max
            ? images.Max(image => image.Score)
            : images.Average(image => image.Score);
        return new PredictionRecord(study, labels.FirstOrDefault(), score, study,
            FirstNonEmpty(images.Select(image => image.Patient)), FirstNonEmpty(images.Select(image => image.BodyPart)));
    }

    private static string FirstNonEmpty(IEnumerable<string> values) => values.FirstOrDefault(value => value.Length > 0) ?? "";
}
