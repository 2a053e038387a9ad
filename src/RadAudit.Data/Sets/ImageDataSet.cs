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

    /// <summary>Like <see cref="TryResolvePath(ImageRecord, out string, out string)"/>; <paramref name="isLinkLoop"/>
    /// tells a symbolic-link loop from a path that leaves the root.</summary>
    public bool TryResolvePath(ImageRecord record, out string fullPath, out string problem, out bool isLinkLoop) =>
        _resolver.TryResolve(record.Path, out fullPath, out problem, out isLinkLoop);

    /// <summary>
    /// The same data set with other records (e.g. the kept records after --skip-bad). Read problems are dropped
    /// because their indices no longer apply; use <see cref="Where"/> to keep them.
    /// </summary>
    public ImageDataSet WithRecords(IReadOnlyList<ImageRecord> records) => new(Kind, _resolver, Source, records, []);

    /// <summary>
    /// The records <paramref name="keep"/> accepts, with the read problems that concern them (indices remapped)
    /// and those tied to no record (unreadable rows), so a subset never hides a problem of its own images.
    /// </summary>
    public ImageDataSet Where(Func<ImageRecord, bool> keep)
    {
        var newIndex = new int[Records.Count];
        var kept = new List<ImageRecord>();
        for (int i = 0; i < Records.Count; i++)
        {
            newIndex[i] = keep(Records[i]) ? kept.Count : -1;
            if (newIndex[i] >= 0) kept.Add(Records[i]);
        }
        var problems = ReadProblems
            .Select(problem => problem with { RecordIndices = problem.RecordIndices.Where(i => newIndex[i] >= 0).Select(i => newIndex[i]).ToList() })
            .Where((problem, index) => problem.RecordIndices.Count > 0 || ReadProblems[index].RecordIndices.Count == 0)
            .ToList();
        return new ImageDataSet(Kind, _resolver, Source, kept, problems);
    }

    /// <summary>
    /// The same records with splits (re)assigned, e.g. by <c>PatientSplitter</c>; read problems are kept because
    /// the order is unchanged. Throws if the records are not the same paths in the same order.
    /// </summary>
    public ImageDataSet WithSplits(IReadOnlyList<ImageRecord> resplit)
    {
        if (resplit.Count != Records.Count || resplit.Where((record, i) => record.Path != Records[i].Path).Any())
            throw new ArgumentException("Expected the same records in the same order, with only their splits changed.", nameof(resplit));
        return new ImageDataSet(Kind, _resolver, Source, resplit, ReadProblems);
    }

    /// <summary>The records of split <paramref name="split"/> (ordinal; readers store split names in lower case).</summary>
    public ImageDataSet ForSplit(string split) => Where(record => record.Split == split);
}
