using System.Text.Json.Nodes;
using RadAudit.Synthetic;
using RadAudit.Testing;

namespace RadAudit.Cli.Tests;

/// <summary>`radaudit audit-model` from the command line: each kind of model it takes, and its usage errors.</summary>
public sealed class AuditModelVerbTests : IDisposable
{
    private static readonly string ModelsFolder = Path.Combine(AppContext.BaseDirectory, "Models");

    // The keys the issue promises in results.json, as paths.
    private static readonly string[] PromisedKeys =
    [
        "test_time.cover_vs_original.difference", "test_time.cover_vs_original.ci95", "test_time.cover_vs_original.z", "test_time.cover_vs_original.p",
        "test_time.random_cover_vs_original.difference", "test_time.random_cover_vs_original.ci95", "test_time.random_cover_vs_original.p",
        "test_time.labels_only.auc", "test_time.labels_only.auc_ci95",
        "counterfactual.swap.mean_logit_shift", "counterfactual.swap.flip_rate", "counterfactual.swap.auc",
        "saliency.energy_in_labels", "saliency.enrichment", "saliency.sanity",
        "config", "versions", "data_fingerprint", "verdict",
    ];

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static (int Code, string Output, string Error) Run(params string[] args) => CliInvocation.Run(args);

    // A tiny synthetic set whose labels decide the class, with its ground-truth boxes.
    private SynthesisSummary CreateData() =>
        SyntheticDataSets.CreateMura(_folder, SyntheticDataSets.Tiny() with { TrainStudies = 24, ValidStudies = 12, Confounding = 1.0 });

    // The probes sized for a test: a few saliency images, a short bootstrap, no loading threads.
    // The given boxes unless extra says --detect-markers.
    private static string[] Small(string model, SynthesisSummary data, string output, params string[] extra) =>
    [
        "audit-model", "--model", model, "--data", data.Root, "--out", output,
        .. extra.Contains("--detect-markers") ? Array.Empty<string>() : ["--markers", Path.Combine(data.Root, "markers.csv")],
        "--device", "cpu", "--bootstrap", "50", "--saliency-images", "4", "--occlusion-images", "2", "--workers", "0", .. extra,
    ];

    private static JsonNode ReadResults(string output) => JsonNode.Parse(File.ReadAllText(Path.Combine(output, "results.json")))!;

    // Whether the key path is written (its value may be null: a barely trained model may have no attention to measure).
    private static bool Has(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (string key in path.Split('.'))
        {
            if (node is not JsonObject json || !json.TryGetPropertyValue(key, out JsonNode? child)) return false;
            node = child;
        }
        return true;
    }

    private static JsonNode? At(JsonNode root, string path) =>
        path.Split('.').Aggregate<string, JsonNode?>(root, (node, key) => node is JsonObject json && json.TryGetPropertyValue(key, out JsonNode? child) ? child : null);

    private static void AssertWrittenInFull(string output, string kind)
    {
        JsonNode results = ReadResults(output);
        foreach (string key in PromisedKeys)
            Assert.True(Has(results, key), $"{kind}: results.json lacks {key}");
        // The synthetic images carry labels in both classes, so covering, keeping only and swapping them give numbers
        foreach (string key in new[] { "test_time.cover_vs_original.difference", "test_time.random_cover_vs_original.p", "test_time.labels_only.auc",
            "counterfactual.swap.flip_rate", "counterfactual.swap.auc" })
            Assert.True(At(results, key) is JsonValue, $"{kind}: {key} is not a number");
        Assert.Equal(kind, results["model"]!["kind"]!.GetValue<string>());
        Assert.True(File.Exists(Path.Combine(output, "timings.json")), $"{kind}: timings.json missing");
        string report = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("<svg", report);
        Assert.Contains("marker swap", report, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void Should_audit_a_run_folder_a_state_dict_and_an_onnx_file_end_to_end()
    {
        // Given a tiny synthetic set, a model trained on it by `radaudit train`, and densenet-small as a torchvision
        // state dict (2-class head) and as an ONNX file (1 logit), both exported by PyTorch 1.13 (the last audited with
        // the label boxes detected, the others with the given ones)
        SynthesisSummary data = CreateData();
        string run = _folder.Combine("train");
        var train = Run("train", "--data", data.Root, "--variant", "original", "--out", run, "--arch", "densenet-small", "--image-size", "48",
            "--epochs", "1", "--batch-size", "16", "--device", "cpu", "--workers", "0");
        Assert.True(train.Code == 0, train.Error + train.Output);

        // When each is audited
        var fromRun = Run(Small(run, data, _folder.Combine("audit-run")));
        var fromStateDict = Run(Small(Path.Combine(ModelsFolder, "densenet_small_softmax2.pth"), data, _folder.Combine("audit-state-dict"),
            "--arch", "densenet-small", "--image-size", "64"));
        var fromOnnx = Run(Small(Path.Combine(ModelsFolder, "densenet_small_logit.onnx"), data, _folder.Combine("audit-onnx"), "--detect-markers"));

        // Then every audit finishes, prints its verdict and writes results.json with the promised keys, timings and the report
        Assert.True(fromRun.Code == 0, fromRun.Error + fromRun.Output);
        Assert.True(fromStateDict.Code == 0, fromStateDict.Error + fromStateDict.Output);
        Assert.True(fromOnnx.Code == 0, fromOnnx.Error + fromOnnx.Output);
        Assert.Contains("marker swap", fromRun.Output);
        Assert.Contains("report:", fromOnnx.Output);
        AssertWrittenInFull(_folder.Combine("audit-run"), "run");
        AssertWrittenInFull(_folder.Combine("audit-state-dict"), "state-dict");
        AssertWrittenInFull(_folder.Combine("audit-onnx"), "onnx");

        // and the ONNX model, which has no gradients, is explained by occlusion, cannot be randomised, and names its runtime
        JsonNode onnx = ReadResults(_folder.Combine("audit-onnx"));
        Assert.Equal("occlusion", onnx["saliency"]!["method"]!.GetValue<string>());
        Assert.Null(onnx["saliency"]!["sanity"]!["passed"]);
        Assert.NotNull(onnx["versions"]!["onnxruntime"]);
        Assert.Equal("detected", onnx["markers"]!["source"]!.GetValue<string>());
        Assert.Equal("given", ReadResults(_folder.Combine("audit-run"))["markers"]!["source"]!.GetValue<string>());
        Assert.Equal("softmax2", ReadResults(_folder.Combine("audit-state-dict"))["model"]!["head"]!.GetValue<string>());
    }

    [Fact]
    public void Should_refuse_an_audit_without_exactly_one_source_of_label_boxes()
    {
        var (code, _, error) = Run("audit-model", "--model", "model.onnx", "--data", _folder.Path, "--out", _folder.Combine("out"));
        Assert.Equal(2, code);
        Assert.Contains("exactly one of --markers FILE or --detect-markers", error);
    }

    [Theory]
    [InlineData("--threshold", "1", "--threshold: give a probability strictly between 0 and 1.")]
    [InlineData("--batch-size", "0", "--batch-size: give 1 or more.")]
    public void Should_refuse_out_of_range_settings_and_accept_the_defaults(string option, string value, string message)
    {
        // Given data and a model file of no kind RadAudit reads, so that a run that passes validation stops at the model
        SynthesisSummary data = CreateData();
        string model = _folder.WriteText("model.h5", "not a model");

        // When the out-of-range value is given, and when every setting is left at its default
        var refused = Run(Small(model, data, _folder.Combine("out"), option, value));
        var defaults = Run("audit-model", "--model", model, "--data", data.Root, "--detect-markers", "--out", _folder.Combine("out-defaults"));

        // Then the first is a usage error naming the option, and the defaults pass validation
        Assert.Equal(2, refused.Code);
        Assert.Contains(message, refused.Error);
        Assert.DoesNotContain("or more", defaults.Error);
        Assert.DoesNotContain("strictly between", defaults.Error);
        Assert.Contains("model.h5: not a model RadAudit can open", defaults.Error);
    }

    [Fact]
    public void Should_name_the_file_and_the_fix_for_a_model_it_cannot_open()
    {
        // Given data and a model file of no kind RadAudit reads
        SynthesisSummary data = CreateData();
        string model = _folder.WriteText("model.h5", "not a model");

        // When it is audited
        var (code, _, error) = Run(Small(model, data, _folder.Combine("out")));

        // Then one line names the file and the kinds it may be
        Assert.NotEqual(0, code);
        Assert.Contains("model.h5", error);
        Assert.Contains("ONNX file (.onnx)", error);
    }

    [Fact]
    public void Should_ask_for_the_architecture_of_a_state_dict()
    {
        SynthesisSummary data = CreateData();
        var (code, _, error) = Run(Small(Path.Combine(ModelsFolder, "densenet_small_softmax2.pth"), data, _folder.Combine("out"), "--image-size", "64"));
        Assert.Equal(2, code);
        Assert.Contains("--arch", error);
        Assert.Contains("densenet_small_softmax2.pth", error);
    }
}
