using RadAudit.Core;

namespace RadAudit.Stats.Evaluation;

/// <summary>
/// Matches two prediction lists row by row on <see cref="PredictionRecord.Path"/> (image path, or study id after
/// aggregation) so that the paired test compares the same items. The lists must hold the same paths with the
/// same labels; anything else is a <see cref="RadAuditException"/> naming the first offending path.
/// </summary>
public static class PredictionPairing
{
    /// <summary>Pairs <paramref name="a"/> and <paramref name="b"/>; unlabelled pairs are skipped and counted.</summary>
    /// <returns>The aligned scores (item i of A and of B is the same path, in A's order) and the skipped count.</returns>
    public static (PairedBinaryScores Scores, int SkippedUnlabelled) Pair(IReadOnlyList<PredictionRecord> a,
        IReadOnlyList<PredictionRecord> b, string sourceA = "A", string sourceB = "B")
    {
        Dictionary<string, PredictionRecord> byPath = Index(b, sourceB);
        if (a.Count != b.Count)
            throw new RadAuditException(
                $"{sourceA} has {a.Count} rows but {sourceB} has {b.Count}; compare needs predictions for the same images.");
        var scoresA = new List<double>(a.Count);
        var scoresB = new List<double>(a.Count);
        var positive = new List<bool>(a.Count);
        int skipped = 0, row = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (PredictionRecord recordA in a)
        {
            row++;
            LabelledScores.Validate(recordA, row, sourceA);
            if (!seen.Add(recordA.Path))
                throw new RadAuditException($"{sourceA}: path '{recordA.Path}' appears twice; each image must appear once.");
            if (!byPath.TryGetValue(recordA.Path, out PredictionRecord? recordB))
                throw new RadAuditException($"'{recordA.Path}' is in {sourceA} but not in {sourceB}; compare needs predictions for the same images.");
            if (recordA.Label != recordB.Label)
                throw new RadAuditException(
                    $"'{recordA.Path}' is labelled {Show(recordA.Label)} in {sourceA} but {Show(recordB.Label)} in {sourceB}; both files must carry the same labels.");
            if (recordA.Label is null) { skipped++; continue; }
            scoresA.Add(recordA.Score);
            scoresB.Add(recordB.Score);
            positive.Add(recordA.Label == 1);
        }
        return (PairedBinaryScores.FromLabels(scoresA, scoresB, positive), skipped);
    }

    private static Dictionary<string, PredictionRecord> Index(IReadOnlyList<PredictionRecord> records, string source)
    {
        var byPath = new Dictionary<string, PredictionRecord>(records.Count, StringComparer.Ordinal);
        int row = 0;
        foreach (PredictionRecord record in records)
        {
            row++;
            LabelledScores.Validate(record, row, source);
            if (!byPath.TryAdd(record.Path, record))
                throw new RadAuditException($"{source}: path '{record.Path}' appears twice; each image must appear once.");
        }
        return byPath;
    }

    private static string Show(int? label) => label?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown";
}
