namespace RadAudit.Learning.Runtime.Compute;

/// <summary>What <see cref="OneDnnCacheRepair"/> found.</summary>
public enum CacheRepairStatus
{
    /// <summary>oneDNN sees usable cache sizes (or none, which it handles): nothing was changed.</summary>
    NotNeeded,

    /// <summary>oneDNN's cache sizes were unusable and have been replaced by <see cref="CacheRepairOutcome.Sizes"/>.</summary>
    Applied,

    /// <summary>They are unusable and could not be replaced (see <see cref="CacheRepairOutcome.Detail"/>); another
    /// configuration must keep the numbers right.</summary>
    Unavailable,
}
