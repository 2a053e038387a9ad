using System.CommandLine;
using System.Globalization;
using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Learning.Prediction;
using RadAudit.Learning.Runtime;
using RadAudit.Learning.Saliency;
using RadAudit.Stats.Attention;

namespace RadAudit.Cli.Verbs;

/// <summary>`radaudit saliency`: where a trained model looks, and how much of it falls on the burned-in labels.</summary>
public static class SaliencyVerb
{
    private static readonly Option<string> ModelOption = new("--model") { Description = "Run folder written by radaudit train.", Required = true };
    private static readonly Option<string> CheckpointOption = new Option<string>("--checkpoint") { Description = "Which weights: best or last.", DefaultValueFactory = _ => "best" }
        .AcceptOnlyFromAmong("best", "last");
    private static readonly Option<string?> DataOption = new("--data") { Description = "MURA folder or manifest (with --split)." };
    private static readonly Option<string> SplitOption = new("--split") { Description = "Split of --data to explain.", DefaultValueFactory = _ => Splits.Valid };
    private static readonly Option<string?> ImagesOption = new("--images") { Description = "A plain folder of PNG/JPEG images (unlabelled), instead of --data." };
    private static readonly Option<string?> MarkersOption = new("--markers") { Description = "Label boxes (CSV or COCO JSON); without them the label metrics stay empty." };
    private static readonly Option<string> VariantOption = new("--variant") { Description = "Masking applied before explaining: original, cover, labels-only or random-cover (needs --markers).", DefaultValueFactory = _ => "original" };
    private static readonly Option<string> MethodOption = new Option<string>("--method") { Description = "gradcam, gradcam++ or occlusion.", DefaultValueFactory = _ => SaliencyMethods.GradCam }
        .AcceptOnlyFromAmong([.. SaliencyMethods.Names]);
    private static readonly Option<string> TargetOption = new Option<string>("--target") { Description = "Explain the abnormal logit, or its negative (why normal).", DefaultValueFactory = _ => "abnormal" }
        .AcceptOnlyFromAmong("abnormal", "normal");
    private static readonly Option<int?> LimitOption = new("--limit") { Description = "Explain only the first N images." };
    private static readonly Option<int> BatchSizeOption = new("--batch-size") { Description = "Images per batch.", DefaultValueFactory = _ => 8 };
    private static readonly Option<int> MarginOption = new("--margin") { Description = "Pixels added around each label box (as the cover mask).", DefaultValueFactory = _ => LabelAttention.DefaultMargin };
    private static readonly Option<bool> NoOverlaysOption = new("--no-overlays") { Description = "Skip the overlay PNGs (CSV and summary only)." };
    private static readonly Option<string> OutOption = new("--out") { Description = "Folder for overlays/, saliency.csv and summary.json.", Required = true };
    private static readonly Option<string> DeviceOption = GlobalOptions.Device();

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var command = new Command("saliency",
            "Grad-CAM, Grad-CAM++ or occlusion maps of a trained model, overlays, and how much attention falls on the label boxes.");
        foreach (Option option in new Option[] { ModelOption, CheckpointOption, DataOption, SplitOption, ImagesOption, MarkersOption, VariantOption, MethodOption,
                     TargetOption, LimitOption, BatchSizeOption, MarginOption, NoOverlaysOption, OutOption, DeviceOption })
            command.Options.Add(option);
        command.SetAction(parse => Run(parse, parse.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(ParseResult parse, TextWriter output)
    {
        int batchSize = parse.GetValue(BatchSizeOption), margin = parse.GetValue(MarginOption);
        if (batchSize < 1) throw new RadAuditException($"--batch-size {batchSize} must be at least 1.", 2);
        if (margin < 0) throw new RadAuditException($"--margin {margin} must be 0 or more pixels.", 2);
        ImageDataSet data = OpenData(parse);
        BoxIndex boxes = ReadBoxes(parse.GetValue(MarkersOption), data, output);
        using Predictor predictor = Predictor.Open(parse.GetValue(ModelOption)!, parse.GetValue(CheckpointOption)!, parse.GetValue(DeviceOption)!);
        var options = new SaliencyRunOptions
        {
            Method = parse.GetValue(MethodOption)!,
            Target = parse.GetValue(TargetOption) == "normal" ? SaliencyTarget.Normal : SaliencyTarget.Abnormal,
            Training = predictor.Configuration.Options,
            Variant = parse.GetValue(VariantOption)!,
            BoxesPath = parse.GetValue(MarkersOption),
            BatchSize = batchSize,
            Margin = margin,
            WriteOverlays = !parse.GetValue(NoOverlaysOption),
        };
        var context = new Dictionary<string, string>
        {
            ["model"] = Path.GetFullPath(parse.GetValue(ModelOption)!),
            ["checkpoint"] = predictor.CheckpointPath,
            ["architecture"] = predictor.Configuration.Options.Architecture,
            ["data"] = data.Source,
            ["markers"] = parse.GetValue(MarkersOption) is { } markers ? Path.GetFullPath(markers) : "",
        };
        var run = new SaliencyRun(predictor.Model, ComputeDevice.Resolve(parse.GetValue(DeviceOption)!), options);
        SaliencyRunResult result = CliProgress.Run(output, progress => run.Run(data, boxes, parse.GetValue(OutOption)!, context, progress));
        Describe(output, result);
        return CommandLineApp.Success;
    }

    private static ImageDataSet OpenData(ParseResult parse)
    {
        string? dataPath = parse.GetValue(DataOption), imagesPath = parse.GetValue(ImagesOption);
        if ((dataPath is null) == (imagesPath is null))
            throw new RadAuditException("Name exactly one of --data DIR (with --split) or --images DIR.", 2);
        ImageDataSet data = imagesPath is not null
            ? DataSetOpener.OpenImageFolder(imagesPath)
            : DataSetOpener.Open(dataPath!).ForSplit(parse.GetValue(SplitOption)!.Trim().ToLowerInvariant());
        if (data.Records.Count == 0)
            throw new RadAuditException($"{dataPath ?? imagesPath}: no images{(dataPath is null ? "" : $" in split '{parse.GetValue(SplitOption)}'")}; check the path and --split.");
        int? limit = parse.GetValue(LimitOption);
        if (limit is < 1) throw new RadAuditException($"--limit {limit} must be at least 1.", 2);
        return limit is int count ? data.WithRecords([.. data.Records.Take(count)]) : data;
    }

    private static BoxIndex ReadBoxes(string? markersFile, ImageDataSet data, TextWriter output)
    {
        if (markersFile is null)
        {
            output.WriteLine("no --markers: label metrics are left empty (every image counts as without labels).");
            return new BoxIndex([]);
        }
        var boxes = new BoxIndex(BoxFiles.Read(markersFile));
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
