using System.Text.Json.Serialization;

namespace RadAudit.Audit.Planning;

/// <summary>What <c>RUN/plan.json</c> holds.</summary>
/// <param name="Conditions">Conditions in canonical order.</param>
/// <param name="Seeds">Seeds, ascending.</param>
/// <param name="Jobs">Job ids in plan order.</param>
/// <param name="Fingerprint">The hash of <paramref name="Inputs"/>; null in a plan written before fingerprints.</param>
/// <param name="Inputs">What every job of the folder is made from (<see cref="RunFolder.AuditFingerprint.ForJobs"/>).</param>
public sealed record AuditPlanRecord(
    IReadOnlyList<string> Conditions,
    IReadOnlyList<int> Seeds,
    IReadOnlyList<string> Jobs,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Fingerprint = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Inputs = null);
