using System.Text.Json.Serialization;

namespace RadAudit.Learning.Runtime.Compute;

/// <summary>How one reference case ended in its child process, as the verdict file records it.</summary>
/// <param name="Case">The case's name (<see cref="ReferenceCase.Name"/>).</param>
/// <param name="Passed">Every quantity within tolerance.</param>
/// <param name="Crash">What ended the check when it did not finish ("the process died with SIGFPE …").</param>
/// <param name="Worst">The worst disagreement per kind of quantity.</param>
/// <param name="Failures">The quantities out of tolerance, worst first (at most ten), or the injected failure.</param>
/// <param name="Seconds">Wall time.</param>
public sealed record CaseOutcome(
    [property: JsonPropertyName("case")] string Case,
    [property: JsonPropertyName("passed")] bool Passed,
    [property: JsonPropertyName("crash")] string? Crash,
    [property: JsonPropertyName("worst")] IReadOnlyList<QuantityDisagreement> Worst,
    [property: JsonPropertyName("failures")] IReadOnlyList<QuantityDisagreement> Failures,
    [property: JsonPropertyName("seconds")] double Seconds)
{
    /// <summary>The outcome of a check that finished.</summary>
    public static CaseOutcome From(ReferenceCheckResult result) =>
        new(result.Case.Name, result.Passed, null, result.Worst, result.Failures.Take(10).ToArray(), Math.Round(result.Seconds, 2));

    /// <summary>The outcome of a check its process did not survive.</summary>
    public static CaseOutcome Crashed(string caseName, string crash) => new(caseName, false, crash, [], [], 0);
}
