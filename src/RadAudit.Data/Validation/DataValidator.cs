using RadAudit.Core;
using RadAudit.Data.Sets;

namespace RadAudit.Data.Validation;

/// <summary>
/// Validates a data set: the reader's problems, every file (in parallel, results in record order so the report is
/// the same for any worker count), and the cross-record checks (duplicates, label conflicts, leakage).
/// </summary>
public static class DataValidator
{
    /// <summary>Validates <paramref name="data"/>; never throws for bad files, it reports them.</summary>
    public static DataValidationReport Validate(ImageDataSet data, ValidationOptions? options = null,
        IProgress<ProgressReport>? progress = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= ValidationOptions.Full;
        IReadOnlyList<ImageRecord> records = data.Records;
        var fileProblems = new DataProblem?[records.Count];
        var sizes = new (int Width, int Height)?[records.Count];
        var hashes = new string?[records.Count];
        long done = 0;
        string stage = options.DecodePixels ? "check images" : "check headers";
        Parallel.For(0, records.Count,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Workers), CancellationToken = cancellation },
            index =>
            {
                (fileProblems[index], sizes[index], hashes[index]) = FileCheck.Run(data, records[index], index, options);
                long finished = Interlocked.Increment(ref done);
                if (finished % 256 == 0 || finished == records.Count)
                    progress?.Report(new ProgressReport(stage, finished, records.Count));
            });
        var problems = data.ReadProblems
            .Concat(fileProblems.OfType<DataProblem>())
            .Concat(ConsistencyChecks.Run(records))
            .ToList();
        var measured = sizes.Where(size => size is not null).Select(size => size!.Value).ToList();
        return new DataValidationReport(data.Source, DataSummary.Of(records, measured), problems, options.HashContent ? hashes : null);
    }
}
