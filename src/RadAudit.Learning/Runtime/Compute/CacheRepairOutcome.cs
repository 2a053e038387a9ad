namespace RadAudit.Learning.Runtime.Compute;

/// <summary>The result of <see cref="OneDnnCacheRepair.Apply(ICpuid, LoadedLibrary?, PerCoreCacheSizes)"/>, as recorded in run folders and shown by <c>radaudit info</c>.</summary>
/// <param name="Status">Whether anything was needed and done.</param>
/// <param name="Detail">One sentence: what oneDNN saw, and what was done or why nothing could be.</param>
/// <param name="Seen">The cache view predicted from CPUID (what oneDNN computed before any change).</param>
/// <param name="Sizes">The per-core sizes written, when <see cref="Status"/> is <see cref="CacheRepairStatus.Applied"/>.</param>
public sealed record CacheRepairOutcome(CacheRepairStatus Status, string Detail, XbyakCacheView Seen, PerCoreCacheSizes? Sizes = null);
