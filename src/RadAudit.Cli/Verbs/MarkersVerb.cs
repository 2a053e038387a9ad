using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Imaging;
using RadAudit.Imaging.Markers;
using RadAudit.Imaging.Markers.Evaluation;
using RadAudit.Imaging.Review;

namespace RadAudit.Cli.Verbs;

/// <summary>`radaudit markers detect|eval`: find burned-in labels, and measure boxes against a reference.</summary>
public static class MarkersVerb
{
    private static readonly Option<string?> DataOption = new("--data") { Description = "MURA folder or manifest to search (see radaudit help)." };
    private static readonly Option<string?> ImagesOption = new("--images") { Description = "A plain folder of PNG/JPEG images to search instead of --data." };
    private static readonly Option<string?> SplitOption = new("--split") { Description = "Only this split of --data (train or valid)." };
    private static readonly Option<string> OutOption = new("--out") { Description = "Box file to write (CSV, or COCO JSON with --format coco or a .json name).", Required = true };
    private static readonly Option<double> MinScoreOption = new("--min-score") { Description = "Report only labels scoring at least this (0..1).", DefaultValueFactory = _ => new MarkerDetectorOptions().MinimumScore };
    private static readonly Option<string?> FormatOption = new("--format") { Description = "csv or coco (default: from the --out file name)." };
    private static readonly Option<string?> ReviewOption = new("--review") { Description = "Also write a PNG contact sheet of detections, most doubtful images first." };
    private static readonly Option<int> ReviewCountOption = new("--review-count") { Description = "Images on the review sheet.", DefaultValueFactory = _ => 64 };
    private static readonly Option<string> TruthOption = new("--truth") { Description = "Reference boxes (CSV or COCO JSON).", Required = true };
    private static readonly Option<string> PredOption = new("--pred") { Description = "Predicted boxes (CSV or COCO JSON).", Required = true };
    private static readonly Option<string?> JsonOption = new("--json") { Description = "Write all figures, per image, as JSON here." };
    private static readonly Option<int> WorstOption = new("--worst") { Description = "How many worst images to list.", DefaultValueFactory = _ => 10 };

    /// <summary>Builds the verb with its two sub-verbs.</summary>
    public static Command Create()
    {
        var command = new Command("markers", "Detect burned-in labels (laterality markers, technologist initials) and evaluate label boxes.");
        var detect = new Command("detect", "Find burned-in labels in every image; write one box per label with a score.");
        foreach (Option option in new Option[] { DataOption, ImagesOption, SplitOption, OutOption, MinScoreOption, FormatOption, ReviewOption, ReviewCountOption })
            detect.Options.Add(option);
        detect.SetAction(parse => Detect(parse, parse.InvocationConfiguration.Output));
        var eval = new Command("eval", "Compare predicted with reference boxes: precision, recall, F1 at IoU >= 0.5, mean IoU, coverage, worst images.");
        foreach (Option option in new Option[] { TruthOption, PredOption, JsonOption, WorstOption })
            eval.Options.Add(option);
        eval.SetAction(parse => Evaluate(parse, parse.InvocationConfiguration.Output));
        command.Subcommands.Add(detect);
        command.Subcommands.Add(eval);
        return command;
    }

    private static int Detect(ParseResult parse, TextWriter output)
    {
        ImageDataSet data = OpenSearchSet(parse.GetValue(DataOption), parse.GetValue(ImagesOption), parse.GetValue(SplitOption));
        double minimumScore = parse.GetValue(MinScoreOption);
        if (minimumScore is < 0 or > 1) throw new RadAuditException($"--min-score {minimumScore} is outside [0, 1].", 2);
        var detector = new MarkerDetector(new MarkerDetectorOptions { MinimumScore = minimumScore });
        var records = data.Records.ToDictionary(record => record.Path, StringComparer.Ordinal);
        GrayImage Load(string path) => ImageCodec.Decode(data.ResolvePath(records[path]));
        var clock = Stopwatch.StartNew();
        var results = CliProgress.Run(output, progress =>
            MarkerDetectionRun.Detect(data.Records.Select(record => record.Path).ToList(), Load, detector, progress));
        double seconds = clock.Elapsed.TotalSeconds;
        string outFile = parse.GetValue(OutOption)!;
        string? format = parse.GetValue(FormatOption);
        var sizes = results.ToDictionary(result => result.Path, result => (result.Width, result.Height), StringComparer.Ordinal);
        BoxFiles.Write(outFile, results.SelectMany(result => result.Boxes),
            format is null ? BoxFileFormats.FromExtension(outFile) : BoxFileFormats.Parse(format),
            path => sizes.TryGetValue(path, out var size) ? size : null, results.Where(result => result.Problem is null).Select(result => result.Path));
        ReportDetections(output, results, seconds, outFile);
        if (parse.GetValue(ReviewOption) is string review)
        {
            (int tiles, string index) = ReviewSheetFile.Write(review, results, Load, parse.GetValue(ReviewCountOption));
            output.WriteLine($"wrote review sheet {review} ({tiles} images, most doubtful first; tile order and doubt in {index})");
        }
        return CommandLineApp.Success;
    }

    private static ImageDataSet OpenSearchSet(string? data, string? images, string? split)
    {
        if ((data is null) == (images is null))
            throw new RadAuditException("markers detect needs exactly one of --data DIR or --images DIR.", 2);
        ImageDataSet set = data is not null ? DataSetOpener.Open(data) : DataSetOpener.OpenImageFolder(images!);
        if (split is null) return set;
        ImageDataSet part = set.ForSplit(split);
        return part.Records.Count > 0 ? part
            : throw new RadAuditException($"{data ?? images}: no images in split '{split}'. Use train or valid, or leave out --split.", 2);
    }

    private static void ReportDetections(TextWriter output, IReadOnlyList<ImageDetections> results, double seconds, string outFile)
    {
        var searched = results.Where(result => result.Problem is null).ToList();
        var skipped = results.Where(result => result.Problem is not null).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"searched {searched.Count} images in {seconds:0.0} s ({searched.Count / Math.Max(seconds, 1e-9):0} images/s): {searched.Count(result => result.Boxes.Count > 0)} with labels, {searched.Count(result => result.Boxes.Count == 0)} without, {skipped.Count} skipped"));
        var kinds = searched.SelectMany(result => result.Boxes).GroupBy(box => box.Kind).Select(group => $"{group.Key} {group.Count()}");
        output.WriteLine($"boxes: {string.Join(", ", kinds.DefaultIfEmpty("none"))}");
        foreach (ImageDetections result in skipped.Take(10))
            output.WriteLine($"skipped {result.Path}: {result.Problem}");
        if (skipped.Count > 10) output.WriteLine($"... and {skipped.Count - 10} more skipped");
        output.WriteLine($"wrote {outFile}");
    }

    private static int Evaluate(ParseResult parse, TextWriter output)
    {
        var truth = BoxFiles.Read(parse.GetValue(TruthOption)!);
        var predictions = BoxFiles.Read(parse.GetValue(PredOption)!);
        DetectionEvaluation evaluation = DetectionEvaluator.Evaluate(truth, predictions);
        output.WriteLine($"{"kind",-11} {"TP",6} {"FP",6} {"FN",6} {"precision",9} {"recall",7} {"F1",6} {"meanIoU",7}");
        foreach (KindMetrics metrics in evaluation.PerKind.Append(evaluation.Overall))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{metrics.Kind,-11} {metrics.TruePositives,6} {metrics.FalsePositives,6} {metrics.FalseNegatives,6} {metrics.Precision,9:0.0000} {metrics.Recall,7:0.0000} {metrics.F1,6:0.000} {metrics.MeanIoU,7:0.000}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"coverage of reference label pixels: {evaluation.Coverage:0.0000} over {evaluation.Images.Count(image => image.TruthCount > 0)} images with labels (IoU threshold {evaluation.MinimumIoU})"));
        output.WriteLine("worst images (coverage, reference, predicted, matched):");
        foreach (ImageEvaluation image in evaluation.Images.Take(parse.GetValue(WorstOption)))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {image.Coverage,6:0.000} {image.TruthCount,3} {image.PredictedCount,3} {image.Matched,3}  {image.Path}"));
        if (parse.GetValue(JsonOption) is string json)
        {
            AtomicFile.WriteText(json, DetectionEvaluationJson.Write(evaluation));
            output.WriteLine($"wrote {json}");
        }
        return CommandLineApp.Success;
    }
}
