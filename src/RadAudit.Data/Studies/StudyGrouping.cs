using RadAudit.Core;

namespace RadAudit.Data.Studies;

/// <summary>The study-level view of image records.</summary>
public static class StudyGrouping
{
    /// <summary>
    /// Groups <paramref name="records"/> by study in first-seen order. A study's label is its images' common label;
    /// when they disagree it is null (validation reports a <c>label-conflict</c>).
    /// </summary>
    public static IReadOnlyList<StudyRecord> Group(IEnumerable<ImageRecord> records) =>
        records.GroupBy(record => record.Study, StringComparer.Ordinal)
            .Select(study =>
            {
                ImageRecord first = study.First();
                var labels = study.Select(record => record.Label).Distinct().ToList();
                return new StudyRecord(study.Key, first.Patient, first.BodyPart, first.Split,
                    labels.Count == 1 ? labels[0] : null, study.ToList());
            })
            .ToList();
}
