namespace RadAudit.Data.Predictions;

/// <summary>Column names of the predictions CSV (written by `predict`, read by `evaluate`, `compare` and the audit).</summary>
public static class PredictionsCsvColumns
{
    /// <summary>Image path as the data set names it; rows of two files are matched by it. Required.</summary>
    public const string Path = "path";

    /// <summary>1 abnormal, 0 normal, empty unknown. Required column.</summary>
    public const string Label = "label";

    /// <summary>Probability of abnormal in [0, 1]. Required.</summary>
    public const string Score = "score";

    /// <summary>Study id. Optional; needed for study-level evaluation.</summary>
    public const string Study = "study";

    /// <summary>Patient id. Optional.</summary>
    public const string Patient = "patient";

    /// <summary>Body part, e.g. XR_WRIST. Optional; enables per-body-part breakdowns.</summary>
    public const string BodyPart = "body_part";

    /// <summary>Columns every file must have.</summary>
    public static IReadOnlyList<string> Required { get; } = [Path, Label, Score];

    /// <summary>All columns in the order the writer uses.</summary>
    public static IReadOnlyList<string> All { get; } = [Path, Label, Score, Study, Patient, BodyPart];
}
