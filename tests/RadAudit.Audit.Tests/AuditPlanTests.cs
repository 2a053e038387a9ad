using CsCheck;
using RadAudit.Audit.Planning;
using RadAudit.Core;

namespace RadAudit.Audit.Tests;

public sealed class AuditPlanTests
{
    [Fact]
    public void Should_plan_conditions_times_seeds_with_stable_ids_seed_by_seed()
    {
        // Given two conditions named out of order and two seeds
        AuditPlan plan = AuditPlan.Create(ConditionList.Parse("labels-only, original"), seedCount: 2);

        // Then the jobs are in canonical condition order within each seed, with ids from condition and seed only
        Assert.Equal(["original-seed1", "labels-only-seed1", "original-seed2", "labels-only-seed2"], plan.Jobs.Select(job => job.Id));
        Assert.Equal([1, 2], plan.Seeds);
    }

    [Fact]
    public void Should_default_to_all_five_conditions()
    {
        Assert.Equal(["original", "cover", "labels-only", "random-cover", "labels-geometry"], ConditionList.Parse(ConditionList.Default));
    }

    [Theory]
    [InlineData("original,banana", "unknown condition 'banana'")]
    [InlineData("cover,cover", "'cover' is named twice")]
    [InlineData(" , ", "names no condition")]
    public void Should_reject_bad_condition_lists_with_the_choices(string text, string expected)
    {
        var error = Assert.Throws<RadAuditException>(() => ConditionList.Parse(text));
        Assert.Contains(expected, error.Message);
        Assert.Contains("random-cover", error.Message);
        Assert.Equal(2, error.ExitCode);
    }

    [Fact]
    public void Should_reject_zero_seeds()
    {
        var error = Assert.Throws<RadAuditException>(() => AuditPlan.Create(["original"], seedCount: 0));
        Assert.Contains("0 training seeds", error.Message);
    }

    [Theory]
    [InlineData("1/4", 1, 4)]
    [InlineData("4/4", 4, 4)]
    [InlineData("1/1", 1, 1)]
    public void Should_parse_shards(string text, int index, int count) =>
        Assert.Equal(new ShardSpec(index, count), ShardSpec.Parse(text));

    [Theory]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("1/0")]
    [InlineData("1")]
    [InlineData("a/b")]
    [InlineData("-1/3")]
    [InlineData("1/2/3")]
    public void Should_reject_malformed_shards_with_an_example(string text)
    {
        var error = Assert.Throws<RadAuditException>(() => ShardSpec.Parse(text));
        Assert.Contains("e.g. 1/4", error.Message);
        Assert.Equal(Settings.Shard, error.Setting);
    }

    [Fact]
    public void Should_split_any_plan_into_disjoint_near_equal_shards_that_cover_it()
    {
        // For any number of conditions, seeds and shards
        Gen.Select(Gen.Int[1, 4], Gen.Int[1, 6], Gen.Int[1, 10]).Sample((conditionCount, seedCount, shardCount) =>
        {
            var plan = AuditPlan.Create(ConditionList.Parse(ConditionList.Default).Take(conditionCount).ToList(), seedCount);
            var shares = Enumerable.Range(1, shardCount).Select(index => plan.JobsFor(new ShardSpec(index, shardCount))).ToList();
            var union = shares.SelectMany(share => share).Select(job => job.Id).ToList();
            // Then every job is in exactly one shard, and shard sizes differ by at most one
            return union.Count == plan.Jobs.Count
                && union.Order().SequenceEqual(plan.Jobs.Select(job => job.Id).Order())
                && shares.Max(share => share.Count) - shares.Min(share => share.Count) <= 1;
        }, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Should_give_the_same_share_every_time()
    {
        AuditPlan plan = AuditPlan.Create(ConditionList.Parse(ConditionList.Default), seedCount: 3);
        var shard = new ShardSpec(2, 4);
        Assert.Equal(plan.JobsFor(shard), AuditPlan.Create(ConditionList.Parse(ConditionList.Default), 3).JobsFor(shard));
        Assert.Equal(["cover-seed1", "original-seed2", "labels-geometry-seed2", "random-cover-seed3"], plan.JobsFor(shard).Select(job => job.Id));
    }
}
