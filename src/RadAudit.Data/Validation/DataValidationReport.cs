namespace RadAudit.Data.Validation;

/// <summary>The outcome of validating a data set: what it holds and every problem found, each naming its file.</summary>
/// <param name="Source">What was validated (folder or manifest).</param>
/// <param name="Summary">Counts and image sizes.</param>
/// <param name="Problems">Every problem: reader problems first, then file problems in record order, then cross-record ones.</param>
/// <param name="ContentHashes">With <see cref="ValidationOptions.HashContent"/>: per record (same order), the hash of
/// its file's bytes, null for a file that could not be read; otherwise null.</param>
public sealed record DataValidationReport(string Source, DataSummary Summary, IReadOnlyList<DataProblem> Problems,
    IReadOnlyList<string?>? ContentHashes = null)
{
    /// <summary>Problems that fail a run.</summary>
    public IEnumerable<DataProblem> Errors => Problems.Where(problem => problem.IsError);

    /// <summary>True when any problem is an error.</summary>
    public bool HasErrors => Problems.Any(problem => problem.IsError);

    /// <summary>
    /// Indices of the records <c>--skip-bad</c> drops: every record named by an error (for duplicates, the repeats
    /// only; for leakage, the patient's images outside its first split), sorted.
    /// </summary>
    public IReadOnlyList<int> BadRecordIndices() =>
        Errors.SelectMany(problem => problem.RecordIndices).Distinct().Order().ToList();

    /// <summary>Unreadable CSV rows: they created no record, so the reader already skipped them; counted here.</summary>
    public int SkippedRows => Errors.Count(problem => problem.Kind == DataProblemKind.InvalidRow);

    /// <summary>Errors <c>--skip-bad</c> cannot leave out, because they concern no single image (a missing MURA image
    /// list): they stop a run with or without it.</summary>
    public IReadOnlyList<DataProblem> Unskippable =>
        Errors.Where(problem => problem.RecordIndices.Count == 0 && problem.Kind != DataProblemKind.InvalidRow).ToList();
}
