namespace RadAudit.Core;

/// <summary>Names of the data splits, as MURA spells its folders.</summary>
public static class Splits
{
    /// <summary>The training split.</summary>
    public const string Train = "train";

    /// <summary>The validation split (MURA's public evaluation set).</summary>
    public const string Valid = "valid";
}
