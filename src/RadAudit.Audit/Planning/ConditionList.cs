using RadAudit.Core;

namespace RadAudit.Audit.Planning;

/// <summary>Parses a comma-separated list of conditions (<c>original,cover,labels-only,random-cover</c>).</summary>
public static class ConditionList
{
    /// <summary>The default: all four conditions.</summary>
    public static string Default { get; } = string.Join(',', Condition.Names);

    /// <summary>The named conditions in the audit's canonical order; unknown or repeated names are usage errors.</summary>
    public static IReadOnlyList<string> Parse(string text)
    {
        var names = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0)
            throw Problem($"'{text}' names no condition");
        foreach (string name in names)
            if (Condition.Find(name) is null)
                throw Problem($"unknown condition '{name}'");
        string? repeated = names.GroupBy(name => name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1)?.Key;
        if (repeated is not null)
            throw Problem($"'{repeated}' is named twice");
        // Canonical order, so the same set always gives the same plan (and the same job positions for shards).
        return Condition.Names.Where(name => names.Contains(name, StringComparer.Ordinal)).ToList();
    }

    private static RadAuditException Problem(string what) =>
        new($"{what}; choose from {string.Join(", ", Condition.Names)} (default {Default}).", exitCode: 2, setting: Settings.Conditions);
}
