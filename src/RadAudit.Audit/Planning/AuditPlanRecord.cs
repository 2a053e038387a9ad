namespace RadAudit.Audit.Planning;

/// <summary>What <c>RUN/plan.json</c> holds.</summary>
/// <param name="Conditions">Conditions in canonical order.</param>
/// <param name="Seeds">Seeds, ascending.</param>
/// <param name="Jobs">Job ids in plan order.</param>
public sealed record AuditPlanRecord(IReadOnlyList<string> Conditions, IReadOnlyList<int> Seeds, IReadOnlyList<string> Jobs);
