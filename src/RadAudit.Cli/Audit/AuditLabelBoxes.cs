using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Imaging;
using RadAudit.Imaging.Markers;
using RadAudit.Cli.Markers;
using RadAudit.Reporting.Results;

namespace RadAudit.Cli.Audit;

/// <summary>Step 2 of an audit: the label boxes, given or detected (then with a review contact sheet).</summary>
public static class AuditLabelBoxes
{
    /// <summary>Returns the boxes file every job uses and its summary. Detection is reused when already done.</summary>
    public static (string BoxesFile, MarkerSummary Summary) Obtain(AuditSettings settings, ImageDataSet data, string runFolder,
        IProgress<ProgressReport>? progress)
    {
        if (settings.MarkersPath is null == !settings.DetectMarkers)
            throw new RadAuditException("An audit needs exactly one of --markers FILE or --detect-markers.", exitCode: 2);
        if (settings.MarkersPath is string given)
        {
            var index = new BoxIndex(BoxFiles.Read(given));
            return (Path.GetFullPath(given), Summarise(MarkerSummary.Given, Path.GetFullPath(given), index, data, null));
        }
        string folder = Path.Combine(runFolder, "markers");
        string boxesFile = Path.Combine(folder, "boxes.csv"), sheet = Path.Combine(folder, "contact-sheet.png");
        if (!File.Exists(boxesFile)) Detect(settings, data, boxesFile, sheet, progress);
        var detected = new BoxIndex(BoxFiles.Read(boxesFile));
        var perKind = LabelKinds.All.ToDictionary(kind => kind,
            kind => detected.Paths.Sum(path => detected.For(path).Count(box => box.Kind == kind)), StringComparer.Ordinal);
        var detection = new DetectionSummary(DetectorChoice.Describe(settings.Detector, settings.DetectorWeights), data.Records.Count, detected.Count, perKind, double.NaN, double.NaN, sheet);
        return (boxesFile, Summarise(MarkerSummary.Detected, boxesFile, detected, data, detection));
    }

    private static MarkerSummary Summarise(string source, string file, BoxIndex boxes, ImageDataSet data, DetectionSummary? detection)
    {
        int with = data.Records.Count(record => boxes.For(record.Path).Count > 0);
        return new MarkerSummary(source, file, with, data.Records.Count - with, detection);
    }

    private static void Detect(AuditSettings settings, ImageDataSet data, string boxesFile, string sheet, IProgress<ProgressReport>? progress)
    {
        ILabelDetector detector = DetectorChoice.Create(settings.Detector, settings.DetectorWeights, new MarkerDetectorOptions().MinimumScore);
        using var owned = detector as IDisposable;
        var records = data.Records.ToDictionary(record => record.Path, StringComparer.Ordinal);
        GrayImage Load(string path) => ImageCodec.Decode(data.ResolvePath(records[path]));
        IReadOnlyList<ImageDetections> results =
            MarkerDetectionRun.Detect(data.Records.Select(record => record.Path).ToList(), Load, detector, progress);
        ReviewSheetFile.Write(TextWriter.Null, sheet, results, Load, count: 48);
        var sizes = results.ToDictionary(result => result.Path, result => (result.Width, result.Height), StringComparer.Ordinal);
        // The boxes file is written last: its presence marks detection as finished for a resumed audit.
        BoxFiles.Write(boxesFile, results.SelectMany(result => result.Boxes), BoxFileFormat.Csv,
            path => sizes.TryGetValue(path, out var size) ? size : null, results.Where(result => result.Problem is null).Select(result => result.Path));
    }
}
