using System.CommandLine;
using RadAudit.Audit.Planning;
using RadAudit.Core;

namespace RadAudit.Cli.Verbs;

/// <summary>
/// The `radaudit audit` options that decide which jobs run (<c>--conditions</c>, <c>--seeds</c>, <c>--seed</c>,
/// <c>--plan</c>, <c>--shard</c>, <c>--collect</c>, <c>--force</c>); the audit verb adds them and reads the plan and mode back.
/// </summary>
public sealed class AuditPlanningOptions
{
    /// <summary>--conditions: which inputs to train on.</summary>
    public Option<string> Conditions { get; } = new("--conditions")
    {
        Description = $"Conditions to train, comma-separated: {string.Join(", ", Condition.Names)}.",
        DefaultValueFactory = _ => ConditionList.Default,
    };

    /// <summary>--seeds: how many training seeds per condition. 2 by default: the smallest K with which the verdict can
    /// claim an effect of covering, and in the calibration sweep (docs/validity.md, 25 audits) it made no random-cover
    /// claim and no claimed loss from covering at confounding 0.</summary>
    public Option<int> Seeds { get; } = new("--seeds")
    {
        Description = "Training seeds per condition (K, default 2: the verdict tests cover and random-cover across them; 1 halves the time but claims no effect of covering).",
        DefaultValueFactory = _ => 2,
    };

    /// <summary>--seed: the first seed; seeds are seed, seed + 1, ...</summary>
    public Option<int> FirstSeed { get; } = new("--seed")
    {
        Description = "First training seed; the K seeds are seed, seed+1, ... (same seeds for every condition).",
        DefaultValueFactory = _ => 1,
    };

    /// <summary>--plan: print the jobs and stop.</summary>
    public Option<bool> Plan { get; } = new("--plan") { Description = "Print the audit's jobs (condition x seed) with their state, run nothing." };

    /// <summary>--shard i/n: run one share of the jobs.</summary>
    public Option<string?> Shard { get; } = new("--shard")
    {
        Description = "Run only share i of n (1-based, e.g. 2/4) so a job array can spread the audit over machines sharing --out.",
    };

    /// <summary>--collect: assemble results and report from finished jobs.</summary>
    public Option<bool> Collect { get; } = new("--collect") { Description = "Assemble results.json and report.html from the finished jobs in --out." };

    /// <summary>--force: move work made from other inputs aside and redo it.</summary>
    public Option<bool> Force { get; } = new("--force")
    {
        Description = "If --out holds work made from other data, boxes or options (refused otherwise), move it aside into --out/stale/ and redo it.",
    };

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { Conditions, Seeds, FirstSeed, Plan, Shard, Collect, Force })
            command.Options.Add(option);
    }

    /// <summary>The plan the parsed options describe (usage errors as <c>RadAuditException</c> with exit code 2).</summary>
    public AuditPlan ReadPlan(ParseResult parse) =>
        AuditPlan.Create(ConditionList.Parse(parse.GetValue(Conditions) ?? ConditionList.Default), parse.GetValue(Seeds), parse.GetValue(FirstSeed));

    /// <summary>
    /// What this invocation does. <c>--plan</c> and <c>--collect</c> exclude each other; <c>--shard</c> with
    /// <c>--collect</c> is refused (collecting is for the whole audit); a run without <c>--shard</c> runs every job
    /// and then collects, a shard only runs its jobs.
    /// </summary>
    public AuditMode ReadMode(ParseResult parse) => Resolve(parse.GetValue(Plan), parse.GetValue(Shard), parse.GetValue(Collect), parse.GetValue(Force));

    /// <summary><see cref="ReadMode"/> from the four values.</summary>
    public static AuditMode Resolve(bool plan, string? shard, bool collect, bool force = false)
    {
        if (force && (plan || collect))
            throw new RadAuditException($"--force replaces stale work before running jobs; {(plan ? "--plan" : "--collect")} runs none and never replaces work: drop --force.",
                CommandLineApp.Usage);
        if (plan && collect)
            throw new RadAuditException("--plan and --collect exclude each other: print the plan, or assemble finished jobs.", CommandLineApp.Usage);
        if (collect && shard is not null)
            throw new RadAuditException("--collect assembles the whole audit: drop --shard (run the shards first, then collect once).", CommandLineApp.Usage);
        ShardSpec share = shard is null ? ShardSpec.All : ShardSpec.Parse(shard);
        if (plan)
            return new AuditMode(AuditModeKind.Plan, new ShardSpec(1, share.Count));
        if (collect)
            return new AuditMode(AuditModeKind.Collect, ShardSpec.All);
        return new AuditMode(shard is null ? AuditModeKind.RunAll : AuditModeKind.RunShard, share, force);
    }
}
