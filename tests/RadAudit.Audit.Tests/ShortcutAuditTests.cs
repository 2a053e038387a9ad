using System.Text.Json.Nodes;
using RadAudit.Audit.Planning;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Learning.Training;
using RadAudit.Testing;

namespace RadAudit.Audit.Tests;

/// <summary>The whole chain on a tiny synthetic set: two shards one after another, then collect.</summary>
[Trait("Category", "Slow")]
public sealed class ShortcutAuditTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Should_run_two_shards_then_collect_results_and_report_with_every_required_key()
    {
        // Given a tiny synthetic MURA set with ground-truth label boxes
        var data = SyntheticDataSets.CreateMura(_folder, SyntheticDataSets.Tiny() with { TrainStudies = 24, ValidStudies = 12 });
        var input = new AuditInput(DataSetOpener.Open(data.Root), BoxFiles.ReadIndex(Path.Combine(data.Root, "markers.csv")));
        var settings = new AuditSettings
        {
            DataPath = data.Root,
            OutFolder = _folder.Combine("audit"),
            SaliencyImages = 4,
            GalleryImages = 2,
            BootstrapReplicates = 50,
            Workers = 1,
            Training = new TrainingOptions { Architecture = "densenet-small", ImageSize = 48, Epochs = 1, BatchSize = 16, LearningRate = 1e-3, Device = "cpu" },
        };
        AuditPlan plan = AuditPlan.Create(ConditionList.Parse(ConditionList.Default), seedCount: 1);
        var log = new StringWriter();

        // When shard 1/2 runs, then shard 2/2, then the audit is collected
        var first = ShortcutAudit.Run(input, settings, plan, new AuditMode(AuditModeKind.RunShard, new ShardSpec(1, 2)), log, null);
        var second = ShortcutAudit.Run(input, settings, plan, new AuditMode(AuditModeKind.RunShard, new ShardSpec(2, 2)), log, null);
        var collected = ShortcutAudit.Run(input, settings, plan, new AuditMode(AuditModeKind.Collect, ShardSpec.All), log, null);

        // Then only the last shard completes the plan, and results.json carries every key scripts depend on
        Assert.Null(first);
        Assert.NotNull(second);
        Assert.NotNull(collected);
        JsonNode results = JsonNode.Parse(File.ReadAllText(Path.Combine(settings.OutFolder, "results.json")))!;
        foreach (string condition in new[] { "original", "cover", "labels-only", "random-cover" })
        {
            JsonNode entry = results["conditions"]![condition]!;
            foreach (string key in new[] { "auc", "auc_ci95", "study_auc", "study_auc_ci95", "kappa", "n_images", "n_studies", "seeds" })
                Assert.True(entry[key] is not null, $"conditions.{condition}.{key} missing");
            Assert.Equal(data.Splits["valid"].Images, entry["n_images"]!.GetValue<int>());
            // Every job explained the fixed sample; a barely trained model may have an empty map, so the
            // condition's saliency entry is checked where the summary saw attention.
            string summary = Path.Combine(settings.OutFolder, "jobs", condition + "-seed1", "saliency", "summary.json");
            Assert.True(File.Exists(summary), summary);
            if (JsonNode.Parse(File.ReadAllText(summary))!["all"]!["images"]!.GetValue<int>() > 0)
                Assert.NotNull(results["saliency"]![condition]!["energy_in_labels"]);
        }
        foreach (string comparison in new[] { "original_vs_cover", "random_cover_vs_original" })
            foreach (string key in new[] { "difference", "ci95", "z", "p" })
                Assert.True(results["comparisons"]![comparison]![key] is not null, $"comparisons.{comparison}.{key} missing");
        foreach (string key in new[] { "auc", "auc_ci95", "p" })
            Assert.NotNull(results["labels_only_vs_chance"]![key]);
        Assert.Equal("given", results["markers"]!["source"]!.GetValue<string>());
        Assert.True(results["markers"]!["images_with_labels"]!.GetValue<int>() > 0);
        Assert.False(string.IsNullOrWhiteSpace(results["verdict"]!.GetValue<string>()));
        Assert.NotNull(results["config"]);
        Assert.NotNull(results["versions"]);
        Assert.Matches("^[0-9a-f]{16,}$", results["data_fingerprint"]!.GetValue<string>());
        // and the original model was probed without retraining, under the model audit's keys (issue #20)
        JsonNode probes = results["model_probes"]!;
        foreach (string key in new[] { "cover_vs_original", "random_cover_vs_original", "labels_only" })
            Assert.NotNull(probes["test_time"]![key]);
        Assert.NotNull(probes["counterfactual"]!["swap"]!["flip_rate"]);
        Assert.NotNull(probes["saliency"]!["sanity"]);
        Assert.Equal("run", probes["model"]!["kind"]!.GetValue<string>());
        Assert.True(File.Exists(Path.Combine(settings.OutFolder, "model-probes", "timings.json")));
        string report = File.ReadAllText(Path.Combine(settings.OutFolder, "report.html"));
        Assert.Contains("labels-only", report);
        Assert.Contains("<svg", report);
        Assert.Contains("probed without retraining", report);
    }
}
