using System.CommandLine;
using System.Globalization;
using RadAudit.Cli.Options;
using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Data.Validation;
using RadAudit.Learning.Prediction;
using RadAudit.Learning.Runtime;
using RadAudit.Learning.Saliency;
using RadAudit.Stats.Attention;

namespace RadAudit.Cli.Verbs;

/// <summary>`radaudit saliency`: where a trained model looks, and how much of it falls on the burned-in labels.</summary>
public static class SaliencyVerb
{
    private static readonly Option<string> MethodOption = new Option<string>("--method") { Description = "gradcam, gradcam++ or occlusion.", DefaultValueFactory = _ => SaliencyMethods.GradCam }
        .AcceptOnlyFromAmong([.. SaliencyMethods.Names]);
    private static readonly Option<string> TargetOption = new Option<string>("--target") { Description = "Explain the abnormal logit, or its negative (why normal).", DefaultValueFactory = _ => "abnormal" }
        .AcceptOnlyFromAmong("abnormal", "normal");
    private static readonly Option<int?> LimitOption = new("--limit") { Description = "Explain only the first N images." };
    private static readonly Option<int> BatchSizeOption = new("--batch-size") { Description = "Images per batch.", DefaultValueFactory = _ => 8 };
    private static readonly Option<int> MarginOption = new("--margin") { Description = "Pixels added around each label box (as the cover mask).", DefaultValueFactory = _ => LabelAttention.DefaultMargin };
    private static readonly Option<bool> NoOverlaysOption = new("--no-overlays") { Description = "Skip the overlay PNGs (CSV and summary only)." };

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var command = new Command("saliency",
            "Grad-CAM, Grad-CAM++ or occlusion maps of a trained model, overlays, and how much attention falls on the label boxes.");
        var parts = new Parts(new ModelOptions(), new DataOptions(assignSplits: false, defaultSplit: Splits.Valid),
            new ConditionOptions("Label boxes (CSV or COCO JSON); without them the label metrics stay empty."), new DeviceOptions(training: false),
            OutputOption.Create("Folder for overlays/, saliency.csv and summary.json."));
        parts.Model.AddTo(command);
        parts.Data.AddTo(command);
        parts.Condition.AddTo(command);
        foreach (Option option in new Option[] { MethodOption, TargetOption, LimitOption, BatchSizeOption, MarginOption, NoOverlaysOption, parts.Output })
            command.Options.Add(option);
        parts.Device.AddTo(command);
        command.SetAction(parse => Run(parse, parts, parse.InvocationConfiguration.Output));
        return command;
    }

    private sealed record Parts(ModelOptions Model, DataOptions Data, ConditionOptions Condition, DeviceOptions Device, Option<string> Output);

    private static int Run(ParseResult parse, Parts parts, TextWriter output)
    {
        int batchSize = parse.GetValue(BatchSizeOption), margin = parse.GetValue(MarginOption);
        if (batchSize < 1) throw new RadAuditException($"--batch-size {batchSize} must be at least 1.", 2);
        if (margin < 0) throw new RadAuditException($"--margin {margin} must be 0 or more pixels.", 2);
        ImageDataSet data = OpenData(parse, parts.Data, output);
        BoxIndex boxes = ReadBoxes(parts.Condition.ReadBoxes(parse), data, output);
        string device = parse.GetValue(parts.Device.Device)!;
        using Predictor predictor = Predictor.Open(parse.GetValue(parts.Model.Model)!, parse.GetValue(parts.Model.Checkpoint)!, device);
        var options = new SaliencyRunOptions
        {
            Method = parse.GetValue(MethodOption)!,
            Target = parse.GetValue(TargetOption) == "normal" ? SaliencyTarget.Normal : SaliencyTarget.Abnormal,
            Training = predictor.Configuration.Options,
            Condition = parts.Condition.ReadCondition(parse),
            BatchSize = batchSize,
            Margin = margin,
            WriteOverlays = !parse.GetValue(NoOverlaysOption),
        };
        var context = new Dictionary<string, string>
        {
            ["model"] = Path.GetFullPath(parse.GetValue(parts.Model.Model)!),
            ["checkpoint"] = predictor.CheckpointPath,
            ["architecture"] = predictor.Configuration.Options.Architecture,
            ["data"] = data.Source,
            ["markers"] = boxes.Source ?? "",
        };
        var run = new SaliencyRun(predictor.Model, ComputeDevice.Resolve(device), options, boxes);
        SaliencyRunResult result = CliProgress.Run(output, progress => run.Run(data, parse.GetValue(parts.Output)!, context, progress));
        Describe(output, result);
        return CommandLineApp.Success;
    }

    private static ImageDataSet OpenData(ParseResult parse, DataOptions options, TextWriter output)
    {
        ImageDataSet data = CliProgress.Run(output, progress => options.OpenValidated(parse, new ValidationOptions(), output, progress)).Data;
        if (data.Records.Count == 0)
            throw new RadAuditException($"{data.Source}: no images to explain; check the path and --split.", 2);
        int? limit = parse.GetValue(LimitOption);
        if (limit is < 1) throw new RadAuditException($"--limit {limit} must be at least 1.", 2);
        return limit is int count ? data.WithRecords([.. data.Records.Take(count)]) : data;
    }

    private static BoxIndex ReadBoxes(BoxIndex? given, ImageDataSet data, TextWriter output)
    {
        if (given is not BoxIndex boxes)
        {
            output.WriteLine("no --markers: label metrics are left empty (every image counts as without labels).");
            return BoxIndex.Empty;
        }
        string markersFile = boxes.Source ?? "label boxes";
        int withBoxes = data.Records.Count(record => boxes.For(record.Path).Count > 0);
        var explained = data.Records.Select(record => record.Path).ToHashSet(StringComparer.Ordinal);
        int foreign = boxes.Paths.Count(path => !explained.Contains(path));
        output.WriteLine($"{markersFile}: {boxes.Count} boxes; {withBoxes} of {data.Records.Count} images have at least one" +
            (foreign > 0 ? $"; {foreign} boxed paths are not among the images explained (ignored)." : "."));
        return boxes;
    }

    private static void Describe(TextWriter output, SaliencyRunResult result)
    {
        LabelAttentionSummary summary = result.Summary;
        output.WriteLine($"explained {summary.ImagesSeen} images; {summary.ImagesWithoutLabels} without label boxes and " +
            $"{summary.ImagesWithoutAttention} with an empty map are counted but not summarised.");
        foreach (var (name, group) in new[] { ("all", summary.All), ("normal", summary.Normal), ("abnormal", summary.Abnormal) })
        {
            if (group.Images == 0) continue;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-9} n={group.Images}  energy_in_labels {Format(group.EnergyInLabels)}  enrichment {Format(group.Enrichment)}  " +
                $"peak_in_label {Format(group.PeakInLabel)}  enrichment>1 {Format(group.EnrichedShare)}"));
        }
        output.WriteLine($"wrote {result.CsvPath}, {result.SummaryPath} and {result.Overlays} overlays");
    }

    private static string Format(IntervalEstimate estimate) =>
        string.Create(CultureInfo.InvariantCulture, $"{estimate.Estimate:0.000} [{estimate.Lower:0.000}, {estimate.Upper:0.000}]");
}
