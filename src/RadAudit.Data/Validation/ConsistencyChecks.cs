using RadAudit.Core;

namespace RadAudit.Data.Validation;

/// <summary>Checks across records: duplicate paths, label conflicts within a study, patients in two splits.</summary>
internal static class ConsistencyChecks
{
    /// <summary>All cross-record problems, in a deterministic order.</summary>
    public static IEnumerable<DataProblem> Run(IReadOnlyList<ImageRecord> records) =>
        Duplicates(records).Concat(LabelConflicts(records)).Concat(Leakage(records));

    /// <summary>Every repeat of a path; --skip-bad drops the repeats and keeps the first.</summary>
    private static IEnumerable<DataProblem> Duplicates(IReadOnlyList<ImageRecord> records)
    {
        // Readers spell paths canonically; records made otherwise are compared by the same spelling (img/./a = img/a).
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < records.Count; i++)
        {
            string path = ImagePaths.Canonical(records[i].Path);
            if (first.TryAdd(path, i)) continue;
            string spelling = records[first[path]].Path == records[i].Path ? "" : $" as '{records[first[path]].Path}'";
            yield return DataProblem.ForRecord(DataProblemKind.DuplicatePath, records[i].Path,
                $"listed again (record {i + 1}, first at record {first[path] + 1}{spelling}). Remove the repeat.", i);
        }
    }

    /// <summary>Studies whose images carry different labels; --skip-bad drops the whole study.</summary>
    private static IEnumerable<DataProblem> LabelConflicts(IReadOnlyList<ImageRecord> records)
    {
        foreach (var study in Indexed(records).GroupBy(item => item.Record.Study, StringComparer.Ordinal))
        {
            var labels = study.Select(item => item.Record.Label).Where(label => label is not null).Distinct().ToList();
            if (labels.Count < 2) continue;
            yield return new DataProblem(DataProblemKind.LabelConflict, study.First().Record.Path,
                $"images of study {study.Key} are labelled both 0 and 1. Give the study one label.",
                study.Select(item => item.Index).ToList());
        }
    }

    /// <summary>
    /// Patients in more than one split. The patient stays in the first split in the order train, valid, others
    /// (alphabetical); --skip-bad drops its images from the later splits, so evaluation never sees a trained-on patient.
    /// </summary>
    private static IEnumerable<DataProblem> Leakage(IReadOnlyList<ImageRecord> records)
    {
        var patients = Indexed(records)
            .Where(item => item.Record.Patient.Length > 0 && item.Record.Split.Length > 0)
            .GroupBy(item => item.Record.Patient, StringComparer.Ordinal);
        foreach (var patient in patients)
        {
            var splits = patient.Select(item => item.Record.Split).Distinct().OrderBy(SplitRank).ThenBy(split => split, StringComparer.Ordinal).ToList();
            if (splits.Count < 2) continue;
            var leaked = patient.Where(item => item.Record.Split != splits[0]).ToList();
            yield return new DataProblem(DataProblemKind.PatientLeakage, leaked[0].Record.Path,
                $"patient {patient.Key} is in splits {string.Join(", ", splits)}; {leaked.Count} image(s) outside '{splits[0]}' leak. Keep each patient in one split.",
                leaked.Select(item => item.Index).ToList());
        }
    }

    private static int SplitRank(string split) => split switch { Splits.Train => 0, Splits.Valid => 1, _ => 2 };

    private static IEnumerable<(ImageRecord Record, int Index)> Indexed(IReadOnlyList<ImageRecord> records) =>
        records.Select((record, index) => (record, index));
}
