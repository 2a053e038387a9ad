using System.Text.Json.Serialization;

namespace RadAudit.Learning.Runtime.Compute;

/// <summary>What the float64 check found on one machine and which configuration RadAudit uses there; cached per
/// <see cref="MachineIdentity.Key"/> so the check runs once per machine.</summary>
/// <param name="Machine">The machine and libtorch it is valid for.</param>
/// <param name="Chosen">The first candidate whose checks all passed; null when none did.</param>
/// <param name="Tried">Each candidate tried, in order, with its cases' outcomes.</param>
/// <param name="CreatedUtc">When the check ran.</param>
/// <param name="RadAuditVersion">The RadAudit that ran it.</param>
public sealed record ComputeVerdict(
    [property: JsonPropertyName("machine")] MachineIdentity Machine,
    [property: JsonPropertyName("chosen")] ComputeCandidate? Chosen,
    [property: JsonPropertyName("tried")] IReadOnlyList<CandidateOutcome> Tried,
    [property: JsonPropertyName("created_utc")] DateTime CreatedUtc,
    [property: JsonPropertyName("radaudit")] string RadAuditVersion);
