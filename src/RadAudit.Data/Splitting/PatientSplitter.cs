using RadAudit.Core;
using RadAudit.Data.Loading;

namespace RadAudit.Data.Splitting;

/// <summary>
/// Patient-level splitting (<c>--split-by patient</c>): every image of a patient lands in the same split, so no
/// patient is both trained on and evaluated on.
/// </summary>
/// <remarks>
/// Patients are sorted by id, shuffled with the seed, then walked in that order; each patient goes to the split
/// whose cumulative share of the images holds the middle of the patient's images. Image shares therefore match
/// the fractions to within one patient. Records without a patient are grouped by study (then by path).
/// </remarks>
public static class PatientSplitter
{
    /// <summary>Returns <paramref name="records"/> (same order) with <see cref="ImageRecord.Split"/> assigned.</summary>
    public static IReadOnlyList<ImageRecord> Assign(IReadOnlyList<ImageRecord> records, IReadOnlyList<SplitFraction> fractions, int seed)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (fractions.Count == 0) throw new ArgumentException("At least one split is needed.", nameof(fractions));
        var splitOfPatient = AssignPatients(records, fractions, seed);
        return records.Select(record => record with { Split = splitOfPatient[PatientKey(record)] }).ToList();
    }

    /// <summary>
    /// Carves a held-out part out of <paramref name="trainRecords"/> by patient (the trainer's <c>--select-on</c>):
    /// about <paramref name="heldOutFraction"/> of the images, whole patients only. Split names are unchanged.
    /// </summary>
    public static (IReadOnlyList<ImageRecord> Train, IReadOnlyList<ImageRecord> HeldOut) CarveHeldOut(
        IReadOnlyList<ImageRecord> trainRecords, double heldOutFraction, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(heldOutFraction);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(heldOutFraction, 1);
        const string keep = "keep", held = "held";
        var splitOfPatient = AssignPatients(trainRecords, [new(keep, 1 - heldOutFraction), new(held, heldOutFraction)], seed);
        var train = trainRecords.Where(record => splitOfPatient[PatientKey(record)] == keep).ToList();
        var heldOut = trainRecords.Where(record => splitOfPatient[PatientKey(record)] == held).ToList();
        return (train, heldOut);
    }

    private static Dictionary<string, string> AssignPatients(IReadOnlyList<ImageRecord> records, IReadOnlyList<SplitFraction> fractions, int seed)
    {
        var imagesPerPatient = records.GroupBy(PatientKey, StringComparer.Ordinal)
            .Select(group => (Patient: group.Key, Images: group.Count()))
            .OrderBy(patient => patient.Patient, StringComparer.Ordinal)
            .ToArray();
        new Random(SampleSeed.Mix(seed, 0x5917, 0)).Shuffle(imagesPerPatient);
        double total = fractions.Sum(fraction => fraction.Fraction), totalImages = records.Count;
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        long before = 0;
        foreach (var (patient, images) in imagesPerPatient)
        {
            double middle = (before + images / 2.0) / totalImages * total;
            double cumulative = 0;
            string chosen = fractions[^1].Name;
            foreach (SplitFraction fraction in fractions)
            {
                cumulative += fraction.Fraction;
                if (middle < cumulative) { chosen = fraction.Name; break; }
            }
            result[patient] = chosen;
            before += images;
        }
        return result;
    }

    private static string PatientKey(ImageRecord record) =>
        record.Patient.Length > 0 ? record.Patient : record.Study.Length > 0 ? record.Study : record.Path;
}
