namespace RadAudit.Core;

/// <summary>
/// One input of the study (Yi et al. 2021) or our control, the one vocabulary masking, training, the audit and the
/// report share: its name (as <c>--conditions</c> and <c>--variant</c> take it and as it keys results.json), how it
/// masks the labels, and how tables and the methods text describe it.
/// </summary>
public sealed class Condition
{
    private Condition(string name, ConditionMasking masking, string summary, string method)
    {
        Name = name;
        Masking = masking;
        Summary = summary;
        Method = method;
    }

    /// <summary>Original images: anatomy and burned-in labels.</summary>
    public static Condition Original { get; } = new("original", ConditionMasking.None, "original images", "original images");

    /// <summary>Labels covered by black boxes (Yi et al.'s remedy).</summary>
    public static Condition Cover { get; } =
        new("cover", ConditionMasking.CoverLabels, "labels covered", "label regions covered by black boxes");

    /// <summary>Anatomy removed, only the label regions kept: do the labels alone predict the diagnosis?</summary>
    public static Condition LabelsOnly { get; } = new("labels-only", ConditionMasking.KeepOnlyLabels, "labels only (anatomy removed)",
        "anatomy removed so that only the label regions remain");

    /// <summary>Boxes of the same sizes covering random places of the dark surroundings, where labels sit: does covering
    /// any of the margin change the AUC?</summary>
    public static Condition RandomCover { get; } = new("random-cover", ConditionMasking.CoverRandomRegions, "random regions covered",
        "black boxes of the same sizes placed at random on the image's dark surroundings, off the anatomy (a control for covering any area where labels sit)");

    /// <summary>The boxes alone, filled uniformly: a control for labels-only. If this already beats chance, what
    /// labels-only finds is (partly) where and how large the labels are, not what they say (issue #21).</summary>
    public static Condition LabelsGeometry { get; } = new("labels-geometry", ConditionMasking.KeepLabelGeometry,
        "label boxes only, filled uniformly", "every label box filled uniformly on a black image, so that only where the labels are and how large they are remains");

    /// <summary>Every condition, in the order the audit runs and reports them.</summary>
    public static IReadOnlyList<Condition> All { get; } = [Original, Cover, LabelsOnly, RandomCover, LabelsGeometry];

    /// <summary>The names of <see cref="All"/>, in that order.</summary>
    public static IReadOnlyList<string> Names { get; } = All.Select(condition => condition.Name).ToArray();

    /// <summary>"original", "cover", "labels-only" or "random-cover".</summary>
    public string Name { get; }

    /// <summary>What it does to the labels.</summary>
    public ConditionMasking Masking { get; }

    /// <summary>A short description for tables ("labels covered").</summary>
    public string Summary { get; }

    /// <summary>The methods text's description ("label regions covered by black boxes").</summary>
    public string Method { get; }

    /// <summary>Whether it needs the label boxes (every condition but the original).</summary>
    public bool NeedsBoxes => Masking != ConditionMasking.None;

    /// <summary>The condition named <paramref name="name"/> (ordinal), or null.</summary>
    public static Condition? Find(string name) => All.FirstOrDefault(condition => condition.Name == name);

    /// <summary>The condition named <paramref name="name"/> (case and surrounding spaces ignored).</summary>
    /// <exception cref="RadAuditException">Unknown name (usage error, setting <see cref="Settings.Condition"/>).</exception>
    public static Condition Parse(string name) => Find(name.Trim().ToLowerInvariant())
        ?? throw new RadAuditException($"unknown condition '{name}'; choose one of {string.Join(", ", Names)}.", exitCode: 2, setting: Settings.Condition);

    /// <inheritdoc />
    public override string ToString() => Name;
}
