namespace RadAudit.Core;

/// <summary>The seven MURA study types (upper-extremity body parts), spelled as MURA's folders.</summary>
public static class BodyParts
{
    /// <summary>All MURA study types in MURA's alphabetical order.</summary>
    public static IReadOnlyList<string> Mura { get; } =
        ["XR_ELBOW", "XR_FINGER", "XR_FOREARM", "XR_HAND", "XR_HUMERUS", "XR_SHOULDER", "XR_WRIST"];

    /// <summary>True when <paramref name="name"/> is one of <see cref="Mura"/>.</summary>
    public static bool IsMura(string name) => Mura.Contains(name, StringComparer.Ordinal);
}
