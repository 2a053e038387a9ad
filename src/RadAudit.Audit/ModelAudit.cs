using System.Text.Json;
using RadAudit.Audit.ModelProbes;
using RadAudit.Audit.Steps;
using RadAudit.Core;
using RadAudit.Data.Sets;
using RadAudit.Data.Validation;
using RadAudit.Learning.Training;
using RadAudit.Onnx;
using RadAudit.Reporting.Html;
using RadAudit.Reporting.Results;
using RadAudit.Reporting.Results.Probes;
using RadAudit.Reporting.Verdict;

namespace RadAudit.Audit;

/// <summary>
/// The audit of a model the user already has (issue #20), in one call: check the images, obtain the label boxes,
/// probe the model without retraining (<see cref="ModelProbing"/>: test-time masking, the marker swap, saliency with
/// its sanity check and deletion curve), and write results.json, report.html and timings.json. The retraining design
/// (<see cref="ShortcutAudit"/>) asks whether the labels carry information; this asks whether this model uses them.
/// </summary>
public static class ModelAudit
{
    /// <summary>Runs the model audit; returns its results (also written to the run folder).</summary>
    public static ModelAuditResults Run(ModelAuditInput input, ModelAuditSettings settings, TextWriter log, IProgress<ProgressReport>? progress,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(settings);
        string root = Directory.CreateDirectory(settings.OutFolder).FullName;
        ImageDataSet checkedData = DataCheck.Run(input.Data, settings.DataPath,
            new ValidationOptions(settings.MaxPixels, DecodePixels: true, settings.Probes.Workers), settings.SkipBad, root, progress);
        ImageDataSet data = Labelled(checkedData, settings);
        var (boxes, markers) = LabelBoxes.Obtain(input.GivenBoxes, LabelDetectorChoice.Default, data, root, progress);
        data = ProbeSubset.Choose(data, settings.Probes.MaxImages, settings.Probes.Seed);
        log.WriteLine($"audit-model {root}: {input.Model.Info.Kind} model {input.Model.Info.Path} ({input.Model.Input}) on {data.Records.Count} {settings.Split} images");
        ModelProbing.Outcome outcome = ModelProbing.Run(input.Model, data, boxes, settings.Probes, log, progress, cancellation);
        ModelAuditResults results = Assemble(settings, outcome.Results, markers, data, input.Model.Info.Kind);
        ResultsJson.Write(Path.Combine(root, "results.json"), results);
        WriteTimings(Path.Combine(root, "timings.json"), outcome.Timings);
        byte[]? sheet = markers.Detection?.ContactSheet is string path && File.Exists(path) ? File.ReadAllBytes(path) : null;
        ModelReportBuilder.Write(Path.Combine(root, "report.html"), new ModelReportInput(results, sheet, ReportClock.Now()));
        return results;
    }

    /// <summary>Writes the step timings (people read them; results.json stays reproducible without them).</summary>
    public static void WriteTimings(string path, IReadOnlyList<ProbeTiming> timings) =>
        AtomicFile.WriteText(path, JsonSerializer.Serialize(timings, ResultsJson.Options) + "\n");

    private static ImageDataSet Labelled(ImageDataSet data, ModelAuditSettings settings)
    {
        int unlabelled = data.Records.Count(record => record.Label is not (0 or 1));
        if (data.Records.Count == 0 || unlabelled == data.Records.Count)
            throw new RadAuditException($"{settings.DataPath}: no labelled image to probe; a model audit needs images labelled normal (0) or abnormal (1).",
                setting: Settings.Data);
        return unlabelled == 0 ? data : data.Where(record => record.Label is 0 or 1);
    }

    private static ModelAuditResults Assemble(ModelAuditSettings settings, ModelProbeResults probes, MarkerSummary markers, ImageDataSet data, string kind)
    {
        ModelProbeSettings probe = settings.Probes;
        var config = new ModelAuditConfig(Path.GetFullPath(settings.DataPath), data.Kind.ToString().ToLowerInvariant(), settings.Split, data.Records.Count,
            data.Records.Select(record => record.Study).Distinct(StringComparer.Ordinal).Count(), settings.ModelPath, probe.Margin,
            probe.BootstrapReplicates, probe.Threshold, Math.Min(probe.SaliencyImages, data.Records.Count), probe.OcclusionImages, probe.Seed, settings.Device);
        Dictionary<string, string> versions = ResultsAssembly.Versions();
        if (kind == "onnx") versions["onnxruntime"] = OnnxScoringModel.RuntimeVersion;
        return new ModelAuditResults(probes.Model, probes.TestTime, probes.Counterfactual, probes.Saliency, markers, ModelProbeVerdict.Write(probes),
            config, versions, DataFingerprint.Compute(data.Records));
    }
}
