using RadAudit.Core;
using RadAudit.Data.Validation;

namespace RadAudit.Data.Sets;

/// <summary>
/// An opened data set: its root folder, its image records in the data set's own order, and what the reader found
/// wrong while reading. Open one with <see cref="DataSetOpener"/>. Records' paths are relative to
/// <see cref="Root"/>; turn one into a file path only through <see cref="ResolvePath"/>, which refuses paths that
/// leave the root.
/// </summary>
public sealed class ImageDataSet
{
    private readonly SafePathResolver _resolver;

    /// <summary>Creates a data set (readers do this).</summary>
    public ImageDataSet(DataSetKind kind, string root, string source, IReadOnlyList<ImageRecord> records,
        IReadOnlyList<DataProblem> readProblems)
        : this(kind, new SafePathResolver(root), source, records, readProblems)
    {
    }

    private ImageDataSet(DataSetKind kind, SafePathResolver resolver, string source, IReadOnlyList<ImageRecord> records,
        IReadOnlyList<DataProblem> readProblems)
    {
        Kind = kind;
        _resolver = resolver;
        Source = source;
        Records = records;
        ReadProblems = readProblems;
    }

    /// <summary>Which reader produced it.</summary>
    public DataSetKind Kind { get; }

    /// <summary>Absolute folder every record path is relative to.</summary>
    public string Root => _resolver.Root;

    /// <summary>What the user named: the MURA folder, the manifest file, or the image folder.</summary>
    public string Source { get; }

    /// <summary>The images, in the data set's own order.</summary>
    public IReadOnlyList<ImageRecord> Records { get; }

    /// <summary>
    /// Problems the reader found (unreadable rows, MURA folder/CSV disagreements); their record indices refer to
    /// <see cref="Records"/>. File-level checks come from <see cref="DataValidator"/>.
    /// </summary>
    public IReadOnlyList<DataProblem> ReadProblems { get; }

    /// <summary>Absolute file path of <paramref name="record"/>; throws if the path leaves the root.</summary>
    public string ResolvePath(ImageRecord record) => _resolver.Resolve(record.Path);

    /// <summary>Like <see cref="ResolvePath"/> without throwing; <paramref name="problem"/> says why on failure.</summary>
    public bool TryResolvePath(ImageRecord record, out string fullPath, out string problem) =>
        _resolver.TryResolve(record.Path, out fullPath, out problem);

    /// <summary>
    /// The same data set with other records (a split, the kept records after --skip-bad). Read problems are
    /// dropped because their indices no longer apply.
    /// </summary>
    public ImageDataSet WithRecords(IReadOnlyList<ImageRecord> records) => new(Kind, _resolver, Source, records, []);

    /// <summary>The records of split <paramref name="split"/> (ordinal, case-sensitive as stored: lower case).</summary>
    public ImageDataSet ForSplit(string split) =>
        WithRecords(Records.Where(record => record.Split == split).ToList());
}
