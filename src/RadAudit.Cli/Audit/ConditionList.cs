using RadAudit.Core;
using RadAudit.Reporting.Results;

namespace RadAudit.Cli.Audit;

/// <summary>Parses <c>--conditions original,cover,labels-only,random-cover</c>.</summary>
public static class ConditionList
{
    /// <summary>The default: all four conditions.</summary>
    public const string Default = "original,cover,labels-only,random-cover";

    /// <summary>The named conditions in the audit's canonical order; unknown or repeated names are usage errors.</summary>
    public static IReadOnlyList<string> Parse(string text)
    {
        var names = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
            throw Problem($"--conditions '{text}' names no condition");
        foreach (string name in names)
            if (!ConditionNames.IsKnown(name))
                throw Problem($"--conditions: unknown condition '{name}'");
        string? repeated = names.GroupBy(name => name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1)?.Key;
        if (repeated is not null)
            throw Problem($"--conditions: '{repeated}' is named twice");
        // Canonical order, so the same set always gives the same plan (and the same job positions for --shard).
        return ConditionNames.All.Where(name => names.Contains(name, StringComparer.Ordinal)).ToList();
    }

    private static RadAuditException Problem(string what) =>
        new($"{what}; choose from {string.Join(", ", ConditionNames.All)} (default {Default}).", CommandLineApp.Usage);
}
