namespace RadAudit.Data.Validation;

/// <summary>Stable kebab-case names of <see cref="DataProblemKind"/> values (JSON output, logs, tests).</summary>
public static class DataProblemCodes
{
    /// <summary>The code of <paramref name="kind"/>, e.g. <c>missing-file</c>.</summary>
    public static string Of(DataProblemKind kind) => kind switch
    {
        DataProblemKind.MissingFile => "missing-file",
        DataProblemKind.ZeroByteFile => "zero-byte-file",
        DataProblemKind.UnreadableImage => "unreadable-image",
        DataProblemKind.TruncatedImage => "truncated-image",
        DataProblemKind.ImageTooLarge => "image-too-large",
        DataProblemKind.PathEscapesRoot => "path-escapes-root",
        DataProblemKind.DuplicatePath => "duplicate-path",
        DataProblemKind.LabelConflict => "label-conflict",
        DataProblemKind.FolderLabelMismatch => "folder-label-mismatch",
        DataProblemKind.StudyNotLabelled => "study-not-labelled",
        DataProblemKind.PatientLeakage => "patient-leakage",
        DataProblemKind.InvalidRow => "invalid-row",
        DataProblemKind.StudyWithoutImages => "study-without-images",
        DataProblemKind.NotRegularFile => "not-regular-file",
        DataProblemKind.SymlinkLoop => "symlink-loop",
        DataProblemKind.MissingIndexFile => "missing-index-file",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
