using System.Text.Json.Serialization;

namespace RadAudit.Learning.Runtime.Compute;

/// <summary>The compute configuration a run used, as its <c>config.json</c> and <c>radaudit info</c> record it.</summary>
/// <param name="Machine">"AMD EPYC, AVX-512, no cache topology in sysfs".</param>
/// <param name="CacheRepair">What <see cref="OneDnnCacheRepair"/> found and did.</param>
/// <param name="Configuration">The candidate in use ("defaults", "contiguous layout", …).</param>
/// <param name="Source">Why: "this CPU reports usable caches (not probed)", "verdict of 2026-12-01 (FILE)", ….</param>
public sealed record ComputeSummary(
    [property: JsonPropertyName("machine")] string Machine,
    [property: JsonPropertyName("cache_repair")] string CacheRepair,
    [property: JsonPropertyName("configuration")] string Configuration,
    [property: JsonPropertyName("source")] string Source);
