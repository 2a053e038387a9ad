namespace RadAudit.Synthetic.Realism;

/// <summary>The kinds of mimic recorded in mimics.csv.</summary>
public static class MimicKinds
{
    /// <summary>A metal capsule: a plate, a screw or a wire (planted as a finding or as a mimic).</summary>
    public const string Hardware = "hardware";

    /// <summary>A plaster cast around the limb.</summary>
    public const string Cast = "cast";

    /// <summary>A ruler's tick marks.</summary>
    public const string Ruler = "ruler";

    /// <summary>A marker holder without letters.</summary>
    public const string Holder = "holder";

    /// <summary>All kinds.</summary>
    public static IReadOnlyList<string> All { get; } = [Hardware, Cast, Ruler, Holder];
}
