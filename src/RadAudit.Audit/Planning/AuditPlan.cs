using RadAudit.Core;

namespace RadAudit.Audit.Planning;

/// <summary>
/// An audit as a list of independent jobs (condition × seed) in a fixed order: seed by seed, and within a seed the
/// conditions in canonical order. Shards, resume and collect all work from this one list.
/// </summary>
public sealed class AuditPlan
{
    private AuditPlan(IReadOnlyList<string> conditions, IReadOnlyList<int> seeds)
    {
        Conditions = conditions;
        Seeds = seeds;
        Jobs = seeds.SelectMany(seed => conditions.Select(condition => new AuditJob(condition, seed))).ToList();
    }

    /// <summary>Conditions, in canonical order.</summary>
    public IReadOnlyList<string> Conditions { get; }

    /// <summary>Training seeds, ascending.</summary>
    public IReadOnlyList<int> Seeds { get; }

    /// <summary>All jobs, in plan order.</summary>
    public IReadOnlyList<AuditJob> Jobs { get; }

    /// <summary>
    /// The plan for <paramref name="conditions"/> (as <see cref="ConditionList.Parse"/> returns them) and
    /// <paramref name="seedCount"/> seeds <paramref name="firstSeed"/>, <paramref name="firstSeed"/> + 1, ...
    /// </summary>
    public static AuditPlan Create(IReadOnlyList<string> conditions, int seedCount, int firstSeed = 1)
    {
        if (seedCount < 1)
            throw new RadAuditException($"{seedCount} training seeds: an audit needs at least 1 (3 or more give a seed-to-seed spread).",
                exitCode: 2, setting: Settings.Seeds);
        if (conditions.Count == 0)
            throw new RadAuditException("an audit needs at least one condition.", exitCode: 2, setting: Settings.Conditions);
        return new AuditPlan(conditions, Enumerable.Range(firstSeed, seedCount).ToList());
    }

    /// <summary>The jobs <paramref name="shard"/> runs, in plan order.</summary>
    public IReadOnlyList<AuditJob> JobsFor(ShardSpec shard) =>
        Jobs.Where((_, position) => shard.Owns(position)).ToList();
}
