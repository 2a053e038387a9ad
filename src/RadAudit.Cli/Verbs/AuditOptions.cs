using System.CommandLine;
using RadAudit.Cli.Audit;
using RadAudit.Cli.Markers;
using RadAudit.Learning.Models;
using RadAudit.Learning.Saliency;
using RadAudit.Learning.Training;

namespace RadAudit.Cli.Verbs;

/// <summary>The training and audit options `radaudit audit` takes (the demo sets them itself).</summary>
public sealed class AuditOptions
{
    public Option<string> Data { get; } = new("--data") { Description = "MURA folder or manifest with train and valid splits.", Required = true };
    public Option<string?> Markers { get; } = new("--markers") { Description = "Label boxes (CSV or COCO JSON) for every image." };
    public Option<bool> DetectMarkers { get; } = new("--detect-markers") { Description = "Find the label boxes with the built-in detector (contact sheet in RUN/markers)." };
    public Option<string> Detector { get; } = DetectorChoice.CreateOption();
    public Option<string?> DetectorWeights { get; } = new("--detector-weights") { Description = "Weights of the learned detector (from markers train-detector); default: the shipped ones." };
    public Option<string> Out { get; } = new("--out") { Description = "Audit run folder (jobs/, results.json, report.html).", Required = true };
    public Option<string> Arch { get; } = new Option<string>("--arch") { Description = "Model architecture (the study: densenet-121).", DefaultValueFactory = _ => "densenet-121" }
        .AcceptOnlyFromAmong([.. ModelRegistry.Names]);
    public Option<int> ImageSize { get; } = new("--image-size") { Description = "Square input side in pixels.", DefaultValueFactory = _ => 224 };
    public Option<int> Epochs { get; } = new("--epochs") { Description = "Maximum epochs per condition.", DefaultValueFactory = _ => 10 };
    public Option<int> BatchSize { get; } = new("--batch-size") { Description = "Images per step.", DefaultValueFactory = _ => 8 };
    public Option<double> LearningRate { get; } = new("--lr") { Description = "Adam learning rate.", DefaultValueFactory = _ => 1e-4 };
    public Option<string?> Pretrained { get; } = new("--pretrained") { Description = "PyTorch weights to start every condition from (head re-initialised)." };
    public Option<int> Patience { get; } = new("--patience") { Description = "Early stopping patience in epochs.", DefaultValueFactory = _ => 5 };
    public Option<double> Holdout { get; } = new("--holdout-fraction") { Description = "Share of train (whole patients) that selects the model; 0 selects on valid (inflates valid AUCs).", DefaultValueFactory = _ => 0.1 };
    public Option<int?> Threads { get; } = new("--threads") { Description = "libtorch CPU threads." };
    public Option<int> Workers { get; } = new("--workers") { Description = "Image loading threads.", DefaultValueFactory = _ => Math.Clamp(Environment.ProcessorCount, 1, 4) };
    public Option<bool> NoAugment { get; } = new("--no-augment") { Description = "Train without random augmentation." };
    public Option<int> SaliencyImages { get; } = new("--saliency-images") { Description = "Valid images explained per condition.", DefaultValueFactory = _ => 48 };
    public Option<string> SaliencyMethod { get; } = new Option<string>("--saliency-method") { Description = "gradcam, gradcam++ or occlusion.", DefaultValueFactory = _ => SaliencyMethods.GradCam }
        .AcceptOnlyFromAmong([.. SaliencyMethods.Names]);
    public Option<int> Bootstrap { get; } = new("--bootstrap") { Description = "Bootstrap replicates for AUC and difference intervals (0 = none).", DefaultValueFactory = _ => 1000 };
    public Option<bool> SkipBad { get; } = new("--skip-bad") { Description = "Leave out images that fail validation instead of stopping." };
    public Option<string> Device { get; } = GlobalOptions.Device();
    public Option<string> MemoryFormat { get; } = GlobalOptions.MemoryFormat();
    public Option<string> Precision { get; } = GlobalOptions.Precision();
    public AuditPlanningOptions Planning { get; } = new();

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (Option option in new Option[] { Data, Markers, DetectMarkers, Detector, DetectorWeights, Out, Arch, ImageSize, Epochs, BatchSize, LearningRate,
                     Pretrained, Patience, Holdout, Threads, Workers, NoAugment, SaliencyImages, SaliencyMethod, Bootstrap, SkipBad, Device, MemoryFormat, Precision })
            command.Options.Add(option);
        Planning.AddTo(command);
    }

    /// <summary>The settings the parsed options describe.</summary>
    public AuditSettings Read(ParseResult parse)
    {
        double holdout = parse.GetValue(Holdout);
        return new AuditSettings
        {
            DataPath = parse.GetValue(Data)!, MarkersPath = parse.GetValue(Markers), DetectMarkers = parse.GetValue(DetectMarkers),
            Detector = parse.GetValue(Detector)!, DetectorWeights = parse.GetValue(DetectorWeights),
            OutFolder = parse.GetValue(Out)!, HoldoutFraction = holdout > 0 ? holdout : null, Augment = !parse.GetValue(NoAugment),
            Workers = parse.GetValue(Workers), SaliencyImages = parse.GetValue(SaliencyImages), SaliencyMethod = parse.GetValue(SaliencyMethod)!,
            BootstrapReplicates = parse.GetValue(Bootstrap), SkipBad = parse.GetValue(SkipBad),
            Training = new TrainingOptions
            {
                Architecture = parse.GetValue(Arch)!, ImageSize = parse.GetValue(ImageSize), Epochs = parse.GetValue(Epochs),
                BatchSize = parse.GetValue(BatchSize), LearningRate = parse.GetValue(LearningRate), PretrainedPath = parse.GetValue(Pretrained),
                EarlyStoppingPatience = parse.GetValue(Patience), Threads = parse.GetValue(Threads), Device = parse.GetValue(Device)!,
                MemoryFormat = parse.GetValue(MemoryFormat)!,
                Precision = parse.GetValue(Precision)!,
            },
        };
    }
}
