using RadAudit.Core;

namespace RadAudit.Imaging.Masking;

/// <summary>What a covered box is filled with.</summary>
public enum CoverFill
{
    /// <summary>0 (black), as published.</summary>
    Black,

    /// <summary>The mean of the image's pixels outside every covered box.</summary>
    Mean,

    /// <summary>A smooth surface interpolated from the pixels just outside the box (no label brightness leaks in).</summary>
    Blur,
}

/// <summary>Parses <see cref="CoverFill"/> as the CLI spells it.</summary>
public static class CoverFills
{
    /// <summary>Parses black, mean or blur.</summary>
    public static CoverFill Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "black" => CoverFill.Black,
        "mean" => CoverFill.Mean,
        "blur" => CoverFill.Blur,
        _ => throw new RadAuditException($"Unknown fill '{name}'. Use black, mean or blur.", 2),
    };
}
