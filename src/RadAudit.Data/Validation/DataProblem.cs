namespace RadAudit.Data.Validation;

/// <summary>One problem found in a data set, naming its file.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="File">The image path as the data set names it, or the CSV file and line (<c>file.csv:12</c>).</param>
/// <param name="Message">What is wrong and how to fix it, in one sentence.</param>
/// <param name="RecordIndices">Indices into the data set's records that <c>--skip-bad</c> drops for this problem
/// (empty when no record was created, e.g. an unreadable CSV row, which is counted as skipped by the reader).</param>
/// <param name="IsError">False for warnings, which never fail a run and drop nothing.</param>
public sealed record DataProblem(
    DataProblemKind Kind,
    string File,
    string Message,
    IReadOnlyList<int> RecordIndices,
    bool IsError = true)
{
    /// <summary>The stable code of <see cref="Kind"/>, e.g. <c>missing-file</c>.</summary>
    public string Code => DataProblemCodes.Of(Kind);

    /// <summary>A problem tied to a single record.</summary>
    public static DataProblem ForRecord(DataProblemKind kind, string file, string message, int recordIndex) =>
        new(kind, file, message, [recordIndex]);

    /// <summary>One line for logs: <c>code file: message</c>.</summary>
    public override string ToString() => $"{Code} {File}: {Message}";
}
