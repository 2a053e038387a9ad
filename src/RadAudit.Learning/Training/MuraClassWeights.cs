using RadAudit.Core;

namespace RadAudit.Learning.Training;

/// <summary>MURA's class weights for the binary cross-entropy (Rajpurkar et al. 2017).</summary>
/// <param name="Abnormal">Weight of abnormal images, |N| / (|A| + |N|).</param>
/// <param name="Normal">Weight of normal images, |A| / (|A| + |N|).</param>
/// <remarks>|A| and |N| are the numbers of abnormal and normal studies in the training split, so the rarer class
/// weighs more (MURA train: 5,177 abnormal and 8,280 normal studies give 0.615 and 0.385).</remarks>
public sealed record MuraClassWeights(double Abnormal, double Normal)
{
    /// <summary>Counts the labelled studies among <paramref name="records"/> (unlabelled ones are ignored).</summary>
    /// <exception cref="RadAuditException">One class has no study.</exception>
    public static MuraClassWeights FromRecords(IEnumerable<ImageRecord> records)
    {
        var studies = records.Where(record => record.Label is not null)
            .GroupBy(record => string.IsNullOrEmpty(record.Study) ? record.Path : record.Study, StringComparer.Ordinal)
            .Select(group => group.First().Label!.Value)
            .ToArray();
        double abnormal = studies.Count(label => label == 1);
        double normal = studies.Count(label => label == 0);
        if (abnormal == 0 || normal == 0)
            throw new RadAuditException(
                $"The training split has {abnormal} abnormal and {normal} normal studies; both classes are needed to train. Check the labels of the data folder.");
        return new MuraClassWeights(normal / (abnormal + normal), abnormal / (abnormal + normal));
    }

    /// <summary>The weight of one label (1 abnormal, 0 normal); 0 for unknown labels, which do not train.</summary>
    public float For(int? label) => label switch
    {
        1 => (float)Abnormal,
        0 => (float)Normal,
        _ => 0f,
    };
}
