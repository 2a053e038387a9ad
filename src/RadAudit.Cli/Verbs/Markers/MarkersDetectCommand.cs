using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using RadAudit.Cli.Options;
using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Imaging;
using RadAudit.Imaging.Markers;
using RadAudit.Imaging.Review;
using RadAudit.Learning.Markers;

namespace RadAudit.Cli.Verbs.Markers;

/// <summary>`radaudit markers detect`: find burned-in labels in every image; one box per label with a score.</summary>
internal static class MarkersDetectCommand
{
    private static readonly Option<string?> DataOption = new("--data") { Description = "MURA folder or manifest to search (see radaudit help)." };
    private static readonly Option<string?> ImagesOption = new("--images") { Description = "A plain folder of PNG/JPEG images to search instead of --data." };
    private static readonly Option<string?> SplitOption = new("--split") { Description = "Only this split of --data (train or valid)." };
    private static readonly Option<string> OutOption = new("--out") { Description = "Box file to write (CSV, or COCO JSON with --format coco or a .json name).", Required = true };
    private static readonly Option<double?> MinScoreOption = new("--min-score") { Description = $"Report only labels scoring at least this (0..1; default {LearnedLabelDetector.DefaultMinimumScore} for the learned detector, whose scores are calibrated probabilities, {new MarkerDetectorOptions().MinimumScore} for the rules)." };
    private static readonly Option<string?> FormatOption = new("--format") { Description = "csv or coco (default: from the --out file name)." };
    private static readonly Option<string?> ReviewOption = new("--review") { Description = "Also write a PNG contact sheet of detections, most doubtful images first." };
    private static readonly Option<int> ReviewCountOption = new("--review-count") { Description = "Images on the review sheet.", DefaultValueFactory = _ => 64 };
    private static readonly DetectorOptions Detector = new();

    /// <summary>Builds the sub-verb.</summary>
    public static Command Create()
    {
        var detect = new Command("detect", "Find burned-in labels in every image; write one box per label with a score.");
        foreach (Option option in new Option[] { DataOption, ImagesOption, SplitOption, OutOption, MinScoreOption, FormatOption, ReviewOption, ReviewCountOption })
            detect.Options.Add(option);
        Detector.AddTo(detect);
        detect.SetAction(parse => Detect(parse, parse.InvocationConfiguration.Output));
        return detect;
    }

    /// <summary>Whether this invocation runs the learned detector (and so needs libtorch set up and supervised).</summary>
    public static bool RunsModel(ParseResult parse) => Detector.RunsModel(parse);

    private static int Detect(ParseResult parse, TextWriter output)
    {
        ImageDataSet data = OpenSearchSet(parse.GetValue(DataOption), parse.GetValue(ImagesOption), parse.GetValue(SplitOption));
        double? minimumScore = parse.GetValue(MinScoreOption);
        if (minimumScore is < 0 or > 1) throw new RadAuditException($"--min-score {minimumScore} is outside [0, 1].", 2);
        ILabelDetector detector = LabelDetectors.Create(parse.GetValue(Detector.Detector)!, parse.GetValue(Detector.Weights), minimumScore);
        using var owned = detector as IDisposable;
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
        // The learned detector's per-image probabilities go beside the boxes, where `radaudit review` and `markers eval` find them.
        var probabilities = results.Where(result => result.Problem is null && result.LabelsPresent is not null).Select(result => (result.Path, result.LabelsPresent!.Value)).ToList();
        if (probabilities.Count > 0) LabelsPresentFile.Write(LabelsPresentFile.PathFor(outFile), probabilities);
        ReportDetections(output, detector, results, seconds, outFile);
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

    private static void ReportDetections(TextWriter output, ILabelDetector detector, IReadOnlyList<ImageDetections> results, double seconds, string outFile)
    {
        var searched = results.Where(result => result.Problem is null).ToList();
        var skipped = results.Where(result => result.Problem is not null).ToList();
        output.WriteLine($"detector: {detector.Name}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"searched {searched.Count} images in {seconds:0.0} s ({searched.Count / Math.Max(seconds, 1e-9):0} images/s): {searched.Count(result => result.Boxes.Count > 0)} with labels, {searched.Count(result => result.Boxes.Count == 0)} without, {skipped.Count} skipped"));
        var kinds = searched.SelectMany(result => result.Boxes).GroupBy(box => box.Kind).Select(group => $"{group.Key} {group.Count()}");
        output.WriteLine($"boxes: {string.Join(", ", kinds.DefaultIfEmpty("none"))}");
        int likelyMissed = searched.Count(result => result.Boxes.Count == 0 && result.LabelsPresent >= LearnedLabelDetector.ProbableLabelsPresent);
        if (likelyMissed > 0) output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{likelyMissed} image(s) without a box probably carry a label (labels_present >= {LearnedLabelDetector.ProbableLabelsPresent}); they lead the review sheet"));
        foreach (ImageDetections result in skipped.Take(10))
            output.WriteLine($"skipped {result.Path}: {result.Problem}");
        if (skipped.Count > 10) output.WriteLine($"... and {skipped.Count - 10} more skipped");
        output.WriteLine($"wrote {outFile}");
    }
}
