using System.CommandLine;
using RadAudit.Audit;
using RadAudit.Cli.Options;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Learning.Saliency;

namespace RadAudit.Cli.Verbs;

/// <summary>The options `radaudit audit` takes (the demo sets them itself): data, label boxes, the shared training
/// options, evaluation and saliency, and the planning options.</summary>
public sealed class AuditOptions
{
    /// <summary>--data, --skip-bad, --max-pixels.</summary>
    public DataOptions Data { get; } = new(images: false, split: false, assignSplits: false);

    /// <summary>--markers.</summary>
    public Option<string?> Markers { get; } = new("--markers") { Description = "Label boxes (CSV or COCO JSON) for every image." };

    /// <summary>--detect-markers.</summary>
    public Option<bool> DetectMarkers { get; } = new("--detect-markers") { Description = "Find the label boxes with the built-in detector (contact sheet in RUN/markers)." };

    /// <summary>--detector, --detector-weights (with --detect-markers).</summary>
    public DetectorOptions Detector { get; } = new();

    /// <summary>--out.</summary>
    public Option<string> Out { get; } = OutputOption.Create("Audit run folder (jobs/, results.json, report.html).");

    /// <summary>The shared training options.</summary>
    public TrainingOptionGroup Training { get; } = new();

    /// <summary>--holdout-fraction.</summary>
    public Option<double> Holdout { get; } = new("--holdout-fraction") { Description = "Share of train (whole patients) that selects the model; 0 selects on valid (inflates valid AUCs).", DefaultValueFactory = _ => 0.1 };

    /// <summary>--saliency-images.</summary>
    public Option<int> SaliencyImages { get; } = new("--saliency-images") { Description = "Valid images explained per condition.", DefaultValueFactory = _ => 48 };

    /// <summary>--saliency-method.</summary>
    public Option<string> SaliencyMethod { get; } = new Option<string>("--saliency-method") { Description = "gradcam, gradcam++ or occlusion.", DefaultValueFactory = _ => SaliencyMethods.GradCam }
        .AcceptOnlyFromAmong([.. SaliencyMethods.Names]);

    /// <summary>--bootstrap.</summary>
    public Option<int> Bootstrap { get; } = new("--bootstrap") { Description = "Bootstrap replicates for AUC and difference intervals (0 = none).", DefaultValueFactory = _ => 1000 };

    /// <summary>--no-model-probes.</summary>
    public Option<bool> NoModelProbes { get; } = new("--no-model-probes") { Description = "Do not probe the original model without retraining (test-time masking, marker swap, saliency checks)." };

    /// <summary>--probe-images.</summary>
    public Option<int?> ProbeImages { get; } = new("--probe-images") { Description = "Probe the original model on about this many valid images (whole studies); default all." };

    /// <summary>--conditions, --seeds, --seed, --plan, --shard, --collect.</summary>
    public AuditPlanningOptions Planning { get; } = new();

    /// <summary>Adds every option to <paramref name="command"/>, with the check that the boxes are given or detected.</summary>
    public void AddTo(Command command)
    {
        Data.AddTo(command);
        foreach (Option option in new Option[] { Markers, DetectMarkers, Out }) command.Options.Add(option);
        Detector.AddTo(command);
        Training.AddTo(command);
        foreach (Option option in new Option[] { Holdout, SaliencyImages, SaliencyMethod, Bootstrap, NoModelProbes, ProbeImages }) command.Options.Add(option);
        Planning.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(Markers) is null == !result.GetValue(DetectMarkers))
                result.AddError("An audit needs exactly one of --markers FILE or --detect-markers.");
        });
    }

    /// <summary>The data and label boxes the parsed options name, opened (the audit validates the data itself).</summary>
    public AuditInput OpenInput(ParseResult parse) => new(DataSetOpener.Open(parse.GetValue(Data.Data)!),
        parse.GetValue(Markers) is string markers ? BoxFiles.ReadIndex(markers) : null);

    /// <summary>The settings the parsed options describe.</summary>
    public AuditSettings Read(ParseResult parse)
    {
        double holdout = parse.GetValue(Holdout);
        return new AuditSettings
        {
            DataPath = parse.GetValue(Data.Data)!,
            OutFolder = parse.GetValue(Out)!,
            HoldoutFraction = holdout > 0 ? holdout : null,
            Augment = !parse.GetValue(Training.NoAugment),
            Workers = parse.GetValue(Training.Workers),
            SaliencyImages = parse.GetValue(SaliencyImages),
            SaliencyMethod = parse.GetValue(SaliencyMethod)!,
            BootstrapReplicates = parse.GetValue(Bootstrap),
            SkipBad = parse.GetValue(Data.SkipBad),
            MaxPixels = parse.GetValue(Data.MaxPixels),
            Training = Training.Read(parse, seed: 1),
            Detector = parse.GetValue(Detector.Detector)!,
            DetectorWeights = parse.GetValue(Detector.Weights),
            ModelProbes = parse.GetValue(NoModelProbes) ? null : new Audit.ModelProbes.ModelProbeSettings { MaxImages = parse.GetValue(ProbeImages) },
        };
    }
}
