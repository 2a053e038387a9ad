using RadAudit.Core;

namespace RadAudit.Data.Validation;

/// <summary>What a data set holds: images, studies and patients, per group, and image sizes.</summary>
/// <param name="Images">All records.</param>
/// <param name="Studies">Distinct studies.</param>
/// <param name="Patients">Distinct non-empty patients.</param>
/// <param name="Groups">Counts per split, body part and label, sorted.</param>
/// <param name="Sizes">Sizes of the images whose header could be read; null when none could.</param>
public sealed record DataSummary(int Images, int Studies, int Patients, IReadOnlyList<GroupCount> Groups, SizeStatistics? Sizes)
{
    /// <summary>Summarises <paramref name="records"/> with the measured <paramref name="sizes"/>.</summary>
    public static DataSummary Of(IReadOnlyList<ImageRecord> records, IReadOnlyCollection<(int Width, int Height)> sizes)
    {
        var groups = records
            .GroupBy(record => (record.Split, record.BodyPart, Label: LabelName(record.Label)))
            .OrderBy(group => group.Key.Split, StringComparer.Ordinal)
            .ThenBy(group => group.Key.BodyPart, StringComparer.Ordinal)
            .ThenBy(group => group.Key.Label, StringComparer.Ordinal)
            .Select(group => new GroupCount(group.Key.Split, group.Key.BodyPart, group.Key.Label, group.Count(),
                group.Select(record => record.Study).Distinct(StringComparer.Ordinal).Count()))
            .ToList();
        int studies = records.Select(record => record.Study).Distinct(StringComparer.Ordinal).Count();
        int patients = records.Where(record => record.Patient.Length > 0).Select(record => record.Patient).Distinct(StringComparer.Ordinal).Count();
        return new DataSummary(records.Count, studies, patients, groups, SizeStatistics.Of(sizes));
    }

    /// <summary>"abnormal" (1), "normal" (0) or "unknown" (null).</summary>
    public static string LabelName(int? label) => label switch { 1 => "abnormal", 0 => "normal", _ => "unknown" };
}
