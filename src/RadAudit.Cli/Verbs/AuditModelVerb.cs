using System.CommandLine;
using RadAudit.Audit;
using RadAudit.Audit.ModelProbes;
using RadAudit.Cli.Options;
using RadAudit.Core;
using RadAudit.Core.Scoring;
using RadAudit.Data.Boxes;
using RadAudit.Data.Loading;
using RadAudit.Learning.Saliency;
using RadAudit.Reporting.Results.Probes;

namespace RadAudit.Cli.Verbs;

/// <summary>
/// `radaudit audit-model`: audit a model the user already has, without retraining — test-time masking, the
/// counterfactual marker swap, saliency with the randomisation sanity check and the deletion curve
/// (docs/model-audit.md). The study logic is RadAudit.Audit's <see cref="ModelAudit"/>.
/// </summary>
public static class AuditModelVerb
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var command = new Command("audit-model",
            "Audit a trained model (run folder, PyTorch state dict or ONNX file) for use of the burned-in labels, without retraining: " +
            "test-time masking, counterfactual marker swaps and saliency with sanity checks; writes results.json and report.html.");
        var model = new ScoringModelOptions();
        var data = new DataOptions(images: false, assignSplits: false, defaultSplit: Splits.Valid);
        var markers = new Option<string?>("--markers") { Description = "Label boxes (CSV or COCO JSON) for the images." };
        var detect = new Option<bool>("--detect-markers") { Description = "Find the label boxes with the built-in detector (contact sheet in RUN/markers)." };
        Option<string> output = OutputOption.Create("Run folder (results.json, report.html, timings.json).");
        var device = new DeviceOptions(training: false);
        Option<int> seed = SeedOption.Create("Seed of random-cover, the swap's donors, the re-initialised weights and the bootstrap.");
        var bootstrap = new Option<int>("--bootstrap") { Description = "Paired bootstrap replicates of every AUC difference (0 = none).", DefaultValueFactory = _ => 1000 };
        var saliencyImages = new Option<int>("--saliency-images") { Description = "Images in the fixed, label-balanced saliency sample.", DefaultValueFactory = _ => 48 };
        var occlusionImages = new Option<int>("--occlusion-images") { Description = "Of those, images explained by occlusion (about 100 forward passes each; the only method for ONNX models).", DefaultValueFactory = _ => 16 };
        var method = new Option<string?>("--saliency-method") { Description = "The primary saliency method: gradcam (default with gradients), gradcam++ or occlusion (ONNX)." }
            .AcceptOnlyFromAmong([.. SaliencyMethods.Names]);
        var threshold = new Option<double>("--threshold") { Description = "Operating probability: a decision is abnormal at probability ≥ this.", DefaultValueFactory = _ => 0.5 };
        var maxImages = new Option<int?>("--max-images") { Description = "Probe about this many images at most (whole studies, a seeded choice); default every image." };
        var batch = new Option<int>("--batch-size") { Description = "Images per scoring batch.", DefaultValueFactory = _ => 16 };
        var workers = new Option<int>("--workers") { Description = "Image loading threads.", DefaultValueFactory = _ => LoaderOptions.DefaultWorkers };
        model.AddTo(command);
        data.AddTo(command);
        foreach (Option option in new Option[] { markers, detect, output })
            command.Options.Add(option);
        device.AddTo(command);
        foreach (Option option in new Option[] { seed, bootstrap, saliencyImages, occlusionImages, method, threshold, maxImages, batch, workers })
            command.Options.Add(option);
        command.Validators.Add(result =>
        {
            if (result.GetValue(markers) is null == !result.GetValue(detect))
                result.AddError("A model audit needs exactly one of --markers FILE or --detect-markers.");
        });
        // On the options themselves: a command's validator reads an option left at its default as 0.
        threshold.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is <= 0 or >= 1) result.AddError("--threshold: give a probability strictly between 0 and 1.");
        });
        AtLeast(bootstrap, 0);
        AtLeast(saliencyImages, 0);
        AtLeast(occlusionImages, 0);
        AtLeast(batch, 1);
        command.SetAction(parse =>
        {
            TextWriter writer = parse.InvocationConfiguration.Output;
            string deviceName = parse.GetValue(device.Device)!;
            var settings = new ModelAuditSettings
            {
                DataPath = parse.GetValue(data.Data)!,
                ModelPath = parse.GetValue(model.Model.Model)!,
                OutFolder = parse.GetValue(output)!,
                Split = parse.GetValue(data.Split) ?? Splits.Valid,
                Device = deviceName,
                MaxPixels = parse.GetValue(data.MaxPixels),
                SkipBad = parse.GetValue(data.SkipBad),
                Probes = new ModelProbeSettings
                {
                    Seed = parse.GetValue(seed),
                    BootstrapReplicates = parse.GetValue(bootstrap),
                    SaliencyImages = parse.GetValue(saliencyImages),
                    OcclusionImages = parse.GetValue(occlusionImages),
                    SaliencyMethod = parse.GetValue(method),
                    Threshold = parse.GetValue(threshold),
                    MaxImages = parse.GetValue(maxImages),
                    BatchSize = parse.GetValue(batch),
                    Workers = parse.GetValue(workers),
                },
            };
            BoxIndex? boxes = parse.GetValue(markers) is string file ? BoxFiles.ReadIndex(file) : null;
            using IScoringModel opened = ModelSource.Open(model.Read(parse, deviceName));
            var input = new ModelAuditInput(data.Open(parse), boxes, opened);
            ModelAuditResults results = CliProgress.Run(writer, progress => ModelAudit.Run(input, settings, writer, progress));
            ModelAuditPrinter.Print(writer, results, settings.OutFolder);
            return CommandLineApp.Success;
        });
        return command;
    }

    private static void AtLeast(Option<int> option, int least) => option.Validators.Add(result =>
    {
        if (result.GetValueOrDefault<int>() < least) result.AddError($"{option.Name}: give {least} or more.");
    });
}
