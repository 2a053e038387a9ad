namespace RadAudit.Reporting.Results;

/// <summary>
/// The audit's training conditions, spelled as <c>--conditions</c> takes them and as they key
/// <c>conditions.&lt;name&gt;</c> and <c>saliency.&lt;name&gt;</c> in results.json.
/// </summary>
public static class ConditionNames
{
    /// <summary>Original images: anatomy and burned-in labels.</summary>
    public const string Original = "original";

    /// <summary>Labels covered by black boxes (Yi et al.'s remedy).</summary>
    public const string Cover = "cover";

    /// <summary>Anatomy removed, only the label regions kept: do the labels alone predict the diagnosis?</summary>
    public const string LabelsOnly = "labels-only";

    /// <summary>Boxes of the same sizes covering random places: does covering anything change the AUC?</summary>
    public const string RandomCover = "random-cover";

    /// <summary>All conditions in the order the audit runs and reports them.</summary>
    public static IReadOnlyList<string> All { get; } = [Original, Cover, LabelsOnly, RandomCover];

    /// <summary>True when <paramref name="name"/> is one of <see cref="All"/> (ordinal).</summary>
    public static bool IsKnown(string name) => All.Contains(name, StringComparer.Ordinal);

    /// <summary>A short human description for tables and the methods text.</summary>
    public static string Describe(string name) => name switch
    {
        Original => "original images",
        Cover => "labels covered",
        LabelsOnly => "labels only (anatomy removed)",
        RandomCover => "random regions covered",
        _ => name,
    };
}
