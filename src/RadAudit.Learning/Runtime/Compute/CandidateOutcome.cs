using System.Text.Json.Serialization;

namespace RadAudit.Learning.Runtime.Compute;

/// <summary>One candidate configuration and how its reference cases ended.</summary>
public sealed record CandidateOutcome(
    [property: JsonPropertyName("candidate")] ComputeCandidate Candidate,
    [property: JsonPropertyName("cases")] IReadOnlyList<CaseOutcome> Cases)
{
    /// <summary>Every case passed.</summary>
    [JsonIgnore]
    public bool Passed => Cases.Count > 0 && Cases.All(outcome => outcome.Passed);
}
