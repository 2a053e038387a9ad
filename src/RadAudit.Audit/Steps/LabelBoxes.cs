using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Reviews;
using RadAudit.Data.Sets;
using RadAudit.Imaging;
using RadAudit.Imaging.Markers;
using RadAudit.Imaging.Review;
using RadAudit.Learning.Markers;
using RadAudit.Reporting.Results;

namespace RadAudit.Audit.Steps;

/// <summary>Step 2 of an audit: the label boxes, given or detected (then with a review contact sheet).</summary>
public static class LabelBoxes
{
    /// <summary>The boxes every job uses and their summary: the given ones, or detected (detection is reused when a
    /// previous run of the audit finished it on the same data, <paramref name="dataFingerprint"/> when given, with the
    /// same detector).</summary>
    public static (BoxIndex Boxes, MarkerSummary Summary) Obtain(BoxIndex? given, LabelDetectorChoice detector, ImageDataSet data, string runFolder,
        IProgress<ProgressReport>? progress, string? dataFingerprint = null)
    {
        if (given is not null)
        {
            string file = given.Source ?? "(in memory)";
            // Boxes from `radaudit review` have its journal beside them: the report says how many images a person checked.
            return (given, Summarise(MarkerSummary.Given, file, given, data, null)
                with
            { ImagesReviewed = given.Source is string source ? ReviewSummary.Find(source)?.ImagesReviewed : null });
        }
        var run = new RunFolder.AuditRunFolder(runFolder);
        string boxesFile = Path.Combine(run.MarkersFolder, "boxes.csv"), sheet = Path.Combine(run.MarkersFolder, "contact-sheet.png");
        // The detector is part of what made the boxes: another --detector or weights file redoes them too.
        string? madeFrom = dataFingerprint is null ? null : $"{dataFingerprint} detector {detector.Name} {detector.Weights}";
        bool sameInputs = madeFrom is null || run.MarkersDataFingerprint() == madeFrom;
        if (!File.Exists(boxesFile) || !sameInputs)
        {
            Detect(detector, data, boxesFile, sheet, progress);
            if (madeFrom is not null) run.RecordMarkersData(madeFrom);
        }
        BoxIndex detected = BoxFiles.ReadIndex(boxesFile);
        var perKind = LabelKinds.All.ToDictionary(kind => kind,
            kind => detected.Paths.Sum(path => detected.For(path).Count(box => box.Kind == kind)), StringComparer.Ordinal);
        var detection = new DetectionSummary(detector.Description, data.Records.Count, detected.Count, perKind, double.NaN, double.NaN, sheet);
        return (detected, Summarise(MarkerSummary.Detected, boxesFile, detected, data, detection));
    }

    private static MarkerSummary Summarise(string source, string file, BoxIndex boxes, ImageDataSet data, DetectionSummary? detection)
    {
        int with = data.Records.Count(record => boxes.For(record.Path).Count > 0);
        return new MarkerSummary(source, file, with, data.Records.Count - with, detection);
    }

    private static void Detect(LabelDetectorChoice choice, ImageDataSet data, string boxesFile, string sheet, IProgress<ProgressReport>? progress)
    {
        ILabelDetector detector = LabelDetectors.Create(choice.Name, choice.Weights);
        using var owned = detector as IDisposable;
        var records = data.Records.ToDictionary(record => record.Path, StringComparer.Ordinal);
        GrayImage Load(string path) => ImageCodec.Decode(data.ResolvePath(records[path]));
        IReadOnlyList<ImageDetections> results =
            MarkerDetectionRun.Detect(data.Records.Select(record => record.Path).ToList(), Load, detector, progress);
        ReviewSheetFile.Write(sheet, results, Load, count: 48);
        var sizes = results.ToDictionary(result => result.Path, result => (result.Width, result.Height), StringComparer.Ordinal);
        var probabilities = results.Where(result => result.Problem is null && result.LabelsPresent is not null).Select(result => (result.Path, result.LabelsPresent!.Value)).ToList();
        if (probabilities.Count > 0) LabelsPresentFile.Write(LabelsPresentFile.PathFor(boxesFile), probabilities);
        // The boxes file is written last: its presence marks detection as finished for a resumed audit.
        BoxFiles.Write(boxesFile, results.SelectMany(result => result.Boxes), BoxFileFormat.Csv,
            path => sizes.TryGetValue(path, out var size) ? size : null, results.Where(result => result.Problem is null).Select(result => result.Path));
    }
}
