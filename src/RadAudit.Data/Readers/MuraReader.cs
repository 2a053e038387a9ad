using RadAudit.Core;
using RadAudit.Data.Sets;
using RadAudit.Data.Validation;

namespace RadAudit.Data.Readers;

/// <summary>
/// Reads MURA v1.1 from <c>{train,valid}_image_paths.csv</c> and <c>{train,valid}_labeled_studies.csv</c>.
/// The root is the folder holding <c>MURA-v1.1/</c>, because the CSV lines start with <c>MURA-v1.1/</c>.
/// </summary>
/// <remarks>
/// Label = the study CSV's label (1 abnormal). The folder suffix is checked against it and every disagreement is a
/// <see cref="DataProblemKind.FolderLabelMismatch"/>; an image whose study has no CSV row gets its folder's label
/// and a <see cref="DataProblemKind.StudyNotLabelled"/> problem. Quirks tolerated: no header (a header line, if
/// present, is skipped), CRLF, BOM, study paths with or without the trailing slash. A missing CSV of a split is a
/// <see cref="DataProblemKind.MissingIndexFile"/> error (the split would silently be empty).
/// </remarks>
public static class MuraReader
{
    /// <summary>The folder name MURA's CSV paths start with.</summary>
    public const string FolderName = "MURA-v1.1";

    /// <summary>
    /// The MURA folder for <paramref name="path"/> (the folder holding <c>MURA-v1.1/</c>, or that folder itself),
    /// or null when neither holds MURA's CSVs.
    /// </summary>
    public static string? FindMuraFolder(string path)
    {
        foreach (string candidate in new[] { Path.Combine(path, FolderName), path })
            if (Splits().Any(split => File.Exists(ImagePathsCsv(candidate, split)))) return Path.GetFullPath(candidate);
        return null;
    }

    /// <summary>Reads the data set rooted at <paramref name="path"/>; throws if no MURA CSV is there.</summary>
    public static ImageDataSet Read(string path)
    {
        string muraFolder = FindMuraFolder(path) ?? throw new RadAuditException(
            $"{path}: no MURA-v1.1/train_image_paths.csv or valid_image_paths.csv found. Name the folder holding MURA-v1.1/.");
        string root = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(muraFolder))!;
        var records = new List<ImageRecord>();
        var problems = new List<DataProblem>();
        foreach (string split in Splits())
        {
            string imagesCsv = ImagePathsCsv(muraFolder, split), labelsCsv = Path.Combine(muraFolder, $"{split}_labeled_studies.csv");
            if (!File.Exists(imagesCsv))
            {
                problems.Add(new DataProblem(DataProblemKind.MissingIndexFile, imagesCsv,
                    $"missing: MURA v1.1 lists the {split} images in this file, so the {split} split is empty. Restore it from the MURA download.", []));
                continue;
            }
            if (!File.Exists(labelsCsv))
                problems.Add(new DataProblem(DataProblemKind.MissingIndexFile, labelsCsv,
                    $"missing: MURA v1.1 labels the {split} studies in this file, so no {split} image has a label from it. Restore it from the MURA download.", []));
            var conflicted = new HashSet<string>(StringComparer.Ordinal);
            var labels = MuraStudyLabels.Read(labelsCsv, problems, conflicted);
            var seenStudies = new HashSet<string>(StringComparer.Ordinal);
            bool first = true;
            foreach (var (line, text) in CsvLines.Read(imagesCsv, "image-list CSV"))
            {
                string image = text.Split(',')[0].Trim().Trim('"');
                // MURA ships without a header; a first line that is no path at all (e.g. "image_path") is one.
                bool header = first && !image.Contains('/');
                first = false;
                if (!header) AddImage(image, split, $"{imagesCsv}:{line}", labels, records, problems, seenStudies, conflicted);
            }
            foreach (var (study, (label, where)) in labels)
                if (!seenStudies.Contains(study))
                    problems.Add(new DataProblem(DataProblemKind.StudyWithoutImages, where,
                        $"study {study} (label {label}) has no image in {Path.GetFileName(imagesCsv)}; it is not used.", [], IsError: false));
        }
        return new ImageDataSet(DataSetKind.Mura, root, muraFolder, records, problems);
    }

    private static void AddImage(string path, string split, string where, IReadOnlyDictionary<string, (int Label, string Where)> labels,
        List<ImageRecord> records, List<DataProblem> problems, HashSet<string> seenStudies, HashSet<string> conflicted)
    {
        path = ImagePaths.Canonical(path);
        MuraPath? parts = MuraPath.TryParse(path);
        if (parts is null)
        {
            problems.Add(new DataProblem(DataProblemKind.InvalidRow, where,
                $"'{path}' is not a MURA image path (MURA-v1.1/split/XR_PART/patient/study/image.png); the row is skipped. Fix the line.", []));
            return;
        }
        int index = records.Count;
        seenStudies.Add(parts.Study);
        int? label = parts.FolderLabel;
        if (conflicted.Contains(parts.Study))
            problems.Add(DataProblem.ForRecord(DataProblemKind.LabelConflict, path,
                $"study {parts.Study} is listed with both labels in {split}_labeled_studies.csv. Keep one row.", index));
        if (labels.TryGetValue(parts.Study, out var row))
        {
            if (parts.FolderLabel is int folderLabel && folderLabel != row.Label)
                problems.Add(DataProblem.ForRecord(DataProblemKind.FolderLabelMismatch, path,
                    $"the study folder says {(folderLabel == 1 ? "positive" : "negative")} but {row.Where} says {row.Label}. Correct the CSV or the folder.", index));
            label = row.Label;
        }
        else
        {
            problems.Add(DataProblem.ForRecord(DataProblemKind.StudyNotLabelled, path,
                $"study {parts.Study} has no row in {split}_labeled_studies.csv (folder label used). Add the row.", index));
        }
        records.Add(new ImageRecord(path, label, parts.Study, parts.Patient, parts.BodyPart, split, parts.ViewIndex));
    }

    private static IEnumerable<string> Splits() => [Core.Splits.Train, Core.Splits.Valid];

    private static string ImagePathsCsv(string muraFolder, string split) => Path.Combine(muraFolder, $"{split}_image_paths.csv");
}
