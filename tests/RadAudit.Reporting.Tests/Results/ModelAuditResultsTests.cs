using System.Text.Json.Nodes;
using RadAudit.Reporting.Results;
using RadAudit.Reporting.Tests.Fixtures;

namespace RadAudit.Reporting.Tests.Results;

public sealed class ModelAuditResultsTests
{
    private static readonly string ExpectationsFolder = Path.Combine(AppContext.BaseDirectory, "Expectations");
    private static readonly HashSet<string> DataKeyed = ["inputs", "cover_fills", "methods", "versions", "boxes_per_kind"];

    [Fact]
    public void Should_write_exactly_the_checked_in_key_paths()
    {
        // Given a model audit's results with every section filled in
        JsonNode json = JsonNode.Parse(ResultsJson.Serialize(SampleProbes.Audit()))!;

        // When flattened to key paths (input, fill, method and component names as *)
        string actual = string.Join("\n", JsonKeyPaths.Of(json, DataKeyed)) + "\n";

        // Then they equal the checked-in snapshot
        string expected = File.ReadAllText(Path.Combine(ExpectationsFolder, "model-audit-results-keys.txt")).ReplaceLineEndings("\n");
        if (expected != actual)
            File.WriteAllText(Path.Combine(ExpectationsFolder, "model-audit-results-keys.actual.txt"), actual);
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("test_time.cover_vs_original.difference")]
    [InlineData("test_time.cover_vs_original.ci95")]
    [InlineData("test_time.cover_vs_original.z")]
    [InlineData("test_time.cover_vs_original.p")]
    [InlineData("test_time.random_cover_vs_original.difference")]
    [InlineData("test_time.random_cover_vs_original.ci95")]
    [InlineData("test_time.random_cover_vs_original.z")]
    [InlineData("test_time.random_cover_vs_original.p")]
    [InlineData("test_time.labels_only.auc")]
    [InlineData("test_time.labels_only.auc_ci95")]
    [InlineData("counterfactual.swap.mean_logit_shift")]
    [InlineData("counterfactual.swap.flip_rate")]
    [InlineData("counterfactual.swap.auc")]
    [InlineData("saliency.energy_in_labels")]
    [InlineData("saliency.enrichment")]
    [InlineData("saliency.sanity.passed")]
    [InlineData("config")]
    [InlineData("versions")]
    [InlineData("data_fingerprint")]
    public void Should_contain_every_key_the_issue_promises(string path)
    {
        // Given the key paths of a model audit's results
        var paths = JsonKeyPaths.Of(JsonNode.Parse(ResultsJson.Serialize(SampleProbes.Audit()))!).ToHashSet();

        // Then the promised path is there
        Assert.Contains(path, paths);
    }

    [Fact]
    public void Should_nest_the_same_probe_keys_under_model_probes_in_the_full_audit()
    {
        // Given full audit results carrying the original model's probes, and a model audit's results
        JsonNode audit = JsonNode.Parse(ResultsJson.Serialize(SampleResults.Create() with { ModelProbes = SampleProbes.Create() }))!;
        JsonNode model = JsonNode.Parse(ResultsJson.Serialize(SampleProbes.Audit()))!;

        // When the probes' part of each is flattened
        var nested = JsonKeyPaths.Of(audit["model_probes"]!, DataKeyed);
        var top = JsonKeyPaths.Of(model, DataKeyed).ToHashSet();

        // Then every key under model_probes is a key of the model audit (one schema for both designs)
        Assert.NotEmpty(nested);
        Assert.All(nested, path => Assert.Contains(path, top));
    }

    [Fact]
    public void Should_write_a_not_applicable_sanity_check_as_null_with_its_reason()
    {
        // Given an ONNX model's results, whose weights could not be randomised
        JsonNode sanity = JsonNode.Parse(ResultsJson.Serialize(SampleProbes.Audit(sanityPassed: null)))!["saliency"]!["sanity"]!;

        // Then passed is null (not false) and the reason is given
        Assert.Null(sanity["passed"]);
        Assert.Contains("cannot be re-initialised", sanity["not_applicable"]!.GetValue<string>());
    }
}
