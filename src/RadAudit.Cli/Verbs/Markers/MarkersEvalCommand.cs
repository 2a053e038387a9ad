using System.CommandLine;
using System.Globalization;
using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Imaging.Markers.Evaluation;
using RadAudit.Stats.Calibration;

namespace RadAudit.Cli.Verbs.Markers;

/// <summary>`radaudit markers eval`: measure predicted boxes against reference boxes.</summary>
internal static class MarkersEvalCommand
{
    private static readonly Option<string> TruthOption = new("--truth") { Description = "Reference boxes (CSV or COCO JSON).", Required = true };
    private static readonly Option<string> PredOption = new("--pred") { Description = "Predicted boxes (CSV or COCO JSON).", Required = true };
    private static readonly Option<string?> JsonOption = new("--json") { Description = "Write all figures, per image, as JSON here." };
    private static readonly Option<int> WorstOption = new("--worst") { Description = "How many worst images to list.", DefaultValueFactory = _ => 10 };
    private static readonly Option<double> IouOption = new("--iou") { Description = "IoU a prediction needs to match a reference box.", DefaultValueFactory = _ => BoxMatcher.DefaultMinimumIoU };
    private static readonly Option<string?> MimicsOption = new("--mimics") { Description = "mimics.csv of a realistic synthetic set: count predicted boxes on hardware." };
    private static readonly Option<string?> PresenceOption = new("--presence") { Description = "Per-image labels_present file (default: the one markers detect wrote beside --pred, if any): its calibration error." };

    /// <summary>Builds the sub-verb.</summary>
    public static Command Create()
    {
        var eval = new Command("eval", "Compare predicted with reference boxes: precision, recall, F1 at an IoU (0.5), mean IoU, coverage, images without a box, worst images.");
        foreach (Option option in new Option[] { TruthOption, PredOption, JsonOption, WorstOption, IouOption, MimicsOption, PresenceOption })
            eval.Options.Add(option);
        eval.SetAction(parse => Evaluate(parse, parse.InvocationConfiguration.Output));
        return eval;
    }

    private static int Evaluate(ParseResult parse, TextWriter output)
    {
        double iou = parse.GetValue(IouOption);
        if (iou is <= 0 or > 1) throw new RadAuditException($"--iou {iou} is outside (0, 1].", 2);
        var truth = BoxFiles.Read(parse.GetValue(TruthOption)!);
        var predictions = BoxFiles.Read(parse.GetValue(PredOption)!);
        DetectionEvaluation evaluation = DetectionEvaluator.Evaluate(truth, predictions, iou);
        output.WriteLine($"{"kind",-11} {"TP",6} {"FP",6} {"FN",6} {"precision",9} {"recall",7} {"F1",6} {"meanIoU",7}");
        foreach (KindMetrics metrics in evaluation.PerKind.Append(evaluation.Overall))
            output.WriteLine(Invariant($"{metrics.Kind,-11} {metrics.TruePositives,6} {metrics.FalsePositives,6} {metrics.FalseNegatives,6} {metrics.Precision,9:0.0000} {metrics.Recall,7:0.0000} {metrics.F1,6:0.000} {metrics.MeanIoU,7:0.000}"));
        var labelled = evaluation.Images.Where(image => image.TruthCount > 0).ToList();
        output.WriteLine(Invariant($"coverage of reference label pixels: {evaluation.Coverage:0.0000} over {labelled.Count} images with labels (IoU threshold {evaluation.MinimumIoU})"));
        int unboxed = labelled.Count(image => image.PredictedCount == 0);
        output.WriteLine(Invariant($"images with labels but no predicted box: {unboxed} of {labelled.Count} ({(double)unboxed / Math.Max(1, labelled.Count):0.0%})"));
        string predictionFile = parse.GetValue(PredOption)!;
        string? presence = parse.GetValue(PresenceOption) ?? (File.Exists(LabelsPresentFile.PathFor(predictionFile)) ? LabelsPresentFile.PathFor(predictionFile) : null);
        ReportCalibration(output, truth, predictions, iou, presence);
        if (parse.GetValue(MimicsOption) is string mimics) ReportHardware(output, truth, predictions, mimics);
        output.WriteLine("worst images (coverage, reference, predicted, matched):");
        foreach (ImageEvaluation image in evaluation.Images.Take(parse.GetValue(WorstOption)))
            output.WriteLine(Invariant($"  {image.Coverage,6:0.000} {image.TruthCount,3} {image.PredictedCount,3} {image.Matched,3}  {image.Path}"));
        if (parse.GetValue(JsonOption) is string json)
        {
            AtomicFile.WriteText(json, DetectionEvaluationJson.Write(evaluation));
            output.WriteLine($"wrote {json}");
        }
        return CommandLineApp.Success;
    }

    private static void ReportCalibration(TextWriter output, IReadOnlyList<LabelBox> truth, IReadOnlyList<LabelBox> predictions, double iou, string? presenceFile)
    {
        var boxes = ScoredBoxOutcomes.Of(truth, predictions, iou);
        if (boxes.Count > 0)
            output.WriteLine(Invariant($"box score calibration error (ECE, 10 bins, matched at IoU {iou}): {ExpectedCalibrationError.Of(boxes.Select(b => b.Score).ToList(), boxes.Select(b => b.Matched).ToList()):0.0000} over {boxes.Count} boxes"));
        if (presenceFile is null) return;
        var labelledPaths = truth.Select(box => box.Path).ToHashSet(StringComparer.Ordinal);
        if (!File.Exists(presenceFile)) throw new RadAuditException($"{presenceFile}: labels-present file not found; `radaudit markers detect` with the learned detector writes BOXES{LabelsPresentFile.Suffix} beside its boxes.", 2);
        using var reader = new StreamReader(presenceFile);
        var images = LabelsPresentFile.Read(reader, presenceFile);
        double error = ExpectedCalibrationError.Of(images.Values.ToList(), images.Keys.Select(labelledPaths.Contains).ToList());
        output.WriteLine(Invariant($"labels-present calibration error (ECE, 10 bins): {error:0.0000} over {images.Count} images"));
    }

    private static void ReportHardware(TextWriter output, IReadOnlyList<LabelBox> truth, IReadOnlyList<LabelBox> predictions, string mimicsFile)
    {
        var hardware = MimicsFile.Read(mimicsFile, RadAudit.Synthetic.Realism.MimicKinds.Hardware);
        var (boxes, images) = HardwareHits.Count(truth, predictions, hardware);
        output.WriteLine($"predicted boxes on hardware (no label at IoU >= {HardwareHits.LabelIoU}, >= {HardwareHits.InsideShare:0%} inside a plate, screw or wire): {boxes} in {images} images ({hardware.Count} hardware boxes)");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
