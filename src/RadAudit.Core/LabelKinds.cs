namespace RadAudit.Core;

/// <summary>The kinds of burned-in label a <see cref="LabelBox"/> can hold.</summary>
public static class LabelKinds
{
    /// <summary>The L / R lead marker.</summary>
    public const string Laterality = "laterality";

    /// <summary>The technologist's initials.</summary>
    public const string Initials = "initials";

    /// <summary>Other burned-in text (dates, institution, annotations).</summary>
    public const string Text = "text";

    /// <summary>Anything else a user marks as a confounder.</summary>
    public const string Other = "other";

    /// <summary>All kinds, in the order above.</summary>
    public static IReadOnlyList<string> All { get; } = [Laterality, Initials, Text, Other];
}
