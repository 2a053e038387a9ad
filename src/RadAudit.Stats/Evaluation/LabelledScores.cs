using RadAudit.Core;

namespace RadAudit.Stats.Evaluation;

/// <summary>
/// Turns prediction records into <see cref="BinaryScores"/>: labelled rows are used, unlabelled rows (label
/// unknown) are counted as skipped, and anything else is a <see cref="RadAuditException"/> naming the row.
/// </summary>
public static class LabelledScores
{
    /// <summary>Splits <paramref name="records"/> by label; <paramref name="source"/> names them in errors (e.g. the file).</summary>
    /// <returns>The scores and how many rows were skipped for an unknown label.</returns>
    /// <exception cref="RadAuditException">A score is not finite or a label is not 0/1.</exception>
    public static (BinaryScores Scores, int SkippedUnlabelled) Split(IEnumerable<PredictionRecord> records, string source = "predictions")
    {
        var cases = new List<double>();
        var controls = new List<double>();
        int skipped = 0, row = 0;
        foreach (PredictionRecord record in records)
        {
            row++;
            Validate(record, row, source);
            if (record.Label is null) skipped++;
            else (record.Label == 1 ? cases : controls).Add(record.Score);
        }
        return (new BinaryScores(cases, controls), skipped);
    }

    /// <summary>Rejects a non-finite score or a label other than 0, 1 or unknown.</summary>
    /// <exception cref="RadAuditException">The record is invalid.</exception>
    public static void Validate(PredictionRecord record, int row, string source)
    {
        if (!double.IsFinite(record.Score))
            throw new RadAuditException(
                $"{source}: record {row} ('{record.Path}') has score {record.Score}; scores must be finite probabilities. Fix or remove that row.");
        if (record.Label is not (null or 0 or 1))
            throw new RadAuditException(
                $"{source}: record {row} ('{record.Path}') has label {record.Label}; labels must be 0 (normal), 1 (abnormal) or empty (unknown).");
    }
}
