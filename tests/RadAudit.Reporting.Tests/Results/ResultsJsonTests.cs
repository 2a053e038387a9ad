using System.Text.Json.Nodes;
using RadAudit.Core;
using RadAudit.Reporting.Results;
using RadAudit.Reporting.Tests.Fixtures;
using RadAudit.Testing;

namespace RadAudit.Reporting.Tests.Results;

public sealed class ResultsJsonTests
{
    private static readonly string ExpectationsFolder = Path.Combine(AppContext.BaseDirectory, "Expectations");

    [Fact]
    public void Should_write_exactly_the_checked_in_key_paths()
    {
        // Given results with every section filled in, the original model's probes included
        JsonNode json = JsonNode.Parse(ResultsJson.Serialize(SampleResults.Create(seedCount: 2) with { ModelProbes = SampleProbes.Create() }))!;

        // When the JSON is flattened to its key paths, with condition, body-part, version and input names shown as * (the
        // probes' keys under model_probes are the model audit's, snapshotted in model-audit-results-keys.txt)
        var dataKeyed = new HashSet<string> { "conditions", "saliency", "per_body_part", "versions", "boxes_per_kind", "inputs" };
        string actual = string.Join("\n", JsonKeyPaths.Of(json, dataKeyed).Where(path => !path.StartsWith("model_probes.", StringComparison.Ordinal))) + "\n";

        // Then they equal the checked-in snapshot (scripts depend on these names; update the file deliberately)
        string expected = File.ReadAllText(Path.Combine(ExpectationsFolder, "results-keys.txt")).ReplaceLineEndings("\n");
        if (expected != actual)
            File.WriteAllText(Path.Combine(ExpectationsFolder, "results-keys.actual.txt"), actual); // to review and copy over
        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData("conditions.original.auc")]
    [InlineData("conditions.original.auc_ci95")]
    [InlineData("conditions.original.study_auc")]
    [InlineData("conditions.original.study_auc_ci95")]
    [InlineData("conditions.original.kappa")]
    [InlineData("conditions.original.n_images")]
    [InlineData("conditions.original.n_studies")]
    [InlineData("conditions.labels-only.seeds[]")]
    [InlineData("comparisons.original_vs_cover.difference")]
    [InlineData("comparisons.original_vs_cover.ci95")]
    [InlineData("comparisons.original_vs_cover.z")]
    [InlineData("comparisons.original_vs_cover.p")]
    [InlineData("comparisons.random_cover_vs_original.p")]
    [InlineData("labels_only_vs_chance.auc")]
    [InlineData("labels_only_vs_chance.auc_ci95")]
    [InlineData("labels_only_vs_chance.p")]
    [InlineData("saliency.original.energy_in_labels")]
    [InlineData("saliency.original.peak_in_label_rate")]
    [InlineData("saliency.original.enrichment")]
    [InlineData("markers.source")]
    [InlineData("markers.images_with_labels")]
    [InlineData("markers.images_without_labels")]
    [InlineData("verdict")]
    [InlineData("config")]
    [InlineData("versions")]
    [InlineData("data_fingerprint")]
    public void Should_contain_every_key_the_issue_promises(string path)
    {
        // Given the key paths of serialised sample results
        var paths = JsonKeyPaths.Of(JsonNode.Parse(ResultsJson.Serialize(SampleResults.Create()))!).ToHashSet();

        // Then the promised path is there
        Assert.Contains(path, paths);
    }

    [Fact]
    public void Should_write_intervals_as_pairs_and_unknown_numbers_as_null()
    {
        // Given one seed (so the sd is unknown) and an unknown study AUC
        AuditResults results = SampleResults.Create();
        results = results with
        {
            Conditions = new Dictionary<string, ConditionResult>(results.Conditions)
            {
                [Condition.Original.Name] = results.Conditions[Condition.Original.Name] with { StudyAuc = double.NaN },
            }
        };

        // When serialised
        JsonNode original = JsonNode.Parse(ResultsJson.Serialize(results))!["conditions"]![Condition.Original.Name]!;

        // Then intervals are two-number arrays and NaN became null
        Assert.Equal(2, original["auc_ci95"]!.AsArray().Count);
        Assert.Equal(0.830, original["auc_ci95"]![0]!.GetValue<double>(), 9);
        Assert.Null(original["auc_sd"]);
        Assert.Null(original["study_auc"]);
    }

    [Fact]
    public void Should_round_trip_through_a_file()
    {
        // Given sample results written atomically
        using var folder = new TemporaryFolder();
        AuditResults results = SampleResults.Create(seedCount: 3);
        string path = Path.Combine(folder.Path, "run", "results.json");
        ResultsJson.Write(path, results);

        // When read back
        AuditResults read = ResultsJson.Read(path);

        // Then the JSON is identical and no temporary file is left
        Assert.Equal(ResultsJson.Serialize(results), ResultsJson.Serialize(read));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Should_name_the_file_when_results_are_malformed()
    {
        // Given a truncated results file
        using var folder = new TemporaryFolder();
        string path = folder.WriteText("results.json", "{\"conditions\": {");

        // When read, Then the error names the file and the fix
        var error = Assert.Throws<RadAuditException>(() => ResultsJson.Read(path));
        Assert.Contains(path, error.Message);
        Assert.Contains("rerun", error.Message);
    }
}
