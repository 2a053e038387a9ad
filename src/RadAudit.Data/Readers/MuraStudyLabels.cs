using RadAudit.Data.Validation;

namespace RadAudit.Data.Readers;

/// <summary>Reads a MURA <c>*_labeled_studies.csv</c>: <c>study_path/,label</c> per line, no header.</summary>
internal static class MuraStudyLabels
{
    /// <summary>
    /// Study path (normalised to one trailing slash) → (label, "file:line"). A missing file gives an empty map
    /// (every image then reports <see cref="DataProblemKind.StudyNotLabelled"/>); unreadable lines are problems.
    /// A study listed with both labels goes into <paramref name="conflicted"/>; its images are flagged by the caller.
    /// </summary>
    public static Dictionary<string, (int Label, string Where)> Read(string path, List<DataProblem> problems, HashSet<string> conflicted)
    {
        var labels = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        if (!File.Exists(path)) return labels;
        bool first = true;
        foreach (var (line, text) in CsvLines.Read(path, "labelled-studies CSV"))
        {
            var (study, labelText) = CsvLines.SplitLast(text);
            string where = $"{path}:{line}";
            bool isFirst = first;
            first = false;
            if (labelText is not ("0" or "1"))
            {
                // MURA ships without a header; tolerate one on the first line but report anything else.
                if (isFirst && !study.Contains('/')) continue;
                problems.Add(new DataProblem(DataProblemKind.InvalidRow, where,
                    $"expected 'study_path/,0|1', got '{text}'; the row is skipped. Fix the line.", []));
                continue;
            }
            string key = MuraPath.NormaliseStudy(study);
            int label = labelText == "1" ? 1 : 0;
            if (labels.TryGetValue(key, out var earlier) && earlier.Item1 != label)
                conflicted.Add(key);
            else if (!labels.ContainsKey(key))
                labels[key] = (label, where);
        }
        return labels;
    }
}
