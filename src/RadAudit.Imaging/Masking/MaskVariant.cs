using RadAudit.Core;

namespace RadAudit.Imaging.Masking;

/// <summary>The study's inputs (Yi et al. 2021) and our control.</summary>
public enum MaskVariant
{
    /// <summary>Unchanged image (anatomy + labels).</summary>
    Original,

    /// <summary>Each label box plus a margin filled (black as published): anatomy without labels.</summary>
    Cover,

    /// <summary>Everything outside the label boxes black: labels without anatomy.</summary>
    LabelsOnly,

    /// <summary>Boxes of the same sizes as <see cref="Cover"/>'s, filled at random places that miss every label.</summary>
    RandomCover,
}

/// <summary>Parses and names <see cref="MaskVariant"/> as the CLI spells them.</summary>
public static class MaskVariants
{
    /// <summary>CLI names: original, cover, labels-only, random-cover.</summary>
    public static IReadOnlyList<string> Names { get; } = ["original", "cover", "labels-only", "random-cover"];

    /// <summary>Parses a CLI name.</summary>
    public static MaskVariant Parse(string name)
    {
        int index = Names.ToList().IndexOf(name.Trim().ToLowerInvariant());
        if (index < 0) throw new RadAuditException($"Unknown mask variant '{name}'. Use one of {string.Join(", ", Names)}.", 2);
        return (MaskVariant)index;
    }

    /// <summary>The CLI name of <paramref name="variant"/>.</summary>
    public static string Name(MaskVariant variant) => Names[(int)variant];
}
