using System.CommandLine;
using System.Globalization;
using RadAudit.Imaging.Masking;
using RadAudit.Learning.Models;
using RadAudit.Learning.Runtime;
using RadAudit.Learning.Training;

namespace RadAudit.Cli.Verbs;

/// <summary>`radaudit train`: train one condition (data + masking variant + architecture) into a run folder.</summary>
public static class TrainVerb
{
    private static readonly Option<string> DataOption = new("--data") { Description = "MURA folder or manifest with train and valid splits.", Required = true };
    private static readonly Option<string?> MarkersOption = new("--markers") { Description = "Label boxes (CSV or COCO JSON); needed by every variant but original." };
    private static readonly Option<string> VariantOption = new Option<string>("--variant") { Description = "original, cover, labels-only or random-cover.", DefaultValueFactory = _ => "original" }
        .AcceptOnlyFromAmong([.. MaskVariants.Names]);
    private static readonly Option<string> ArchOption = new Option<string>("--arch") { Description = "Model architecture.", DefaultValueFactory = _ => "densenet-121" }
        .AcceptOnlyFromAmong([.. ModelRegistry.Names]);
    private static readonly Option<int> ImageSizeOption = new("--image-size") { Description = "Square input side in pixels.", DefaultValueFactory = _ => 224 };
    private static readonly Option<int> EpochsOption = new("--epochs") { Description = "Maximum epochs.", DefaultValueFactory = _ => 10 };
    private static readonly Option<int> BatchSizeOption = new("--batch-size") { Description = "Images per step (MURA: 8).", DefaultValueFactory = _ => 8 };
    private static readonly Option<double> LearningRateOption = new("--lr") { Description = "Adam learning rate (MURA: 1e-4).", DefaultValueFactory = _ => 1e-4 };
    private static readonly Option<int> SeedOption = new("--seed") { Description = "Seed of weights, shuffling and augmentation.", DefaultValueFactory = _ => 1 };
    private static readonly Option<string?> PretrainedOption = new("--pretrained") { Description = "PyTorch weights (.pth state dict or .safetensors) to start from; head re-initialised." };
    private static readonly Option<double?> GradClipOption = new("--grad-clip") { Description = "Clip the gradient L2 norm to this value." };
    private static readonly Option<int> PatienceOption = new("--patience") { Description = "Early stopping: epochs without a better selection loss.", DefaultValueFactory = _ => 5 };
    private static readonly Option<string> SelectOnOption = new Option<string>("--select-on") { Description = "Split that selects the model: valid, or holdout (a part of train, for honest valid figures).", DefaultValueFactory = _ => "valid" }
        .AcceptOnlyFromAmong("valid", "holdout");
    private static readonly Option<double> HoldoutOption = new("--holdout-fraction") { Description = "Share of train (whole patients) held out with --select-on holdout.", DefaultValueFactory = _ => 0.1 };
    private static readonly Option<int?> ThreadsOption = new("--threads") { Description = "libtorch CPU threads (default: libtorch's choice)." };
    private static readonly Option<int> WorkersOption = new("--workers") { Description = "Image loading threads.", DefaultValueFactory = _ => Math.Clamp(Environment.ProcessorCount, 1, 4) };
    private static readonly Option<bool> NoAugmentOption = new("--no-augment") { Description = "Train without random augmentation." };
    private static readonly Option<string> OutOption = new("--out") { Description = "Run folder (config.json, metrics.jsonl, checkpoints/).", Required = true };
    private static readonly Option<bool> ResumeOption = new("--resume") { Description = "Continue the run in --out from its last checkpoint." };

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var command = new Command("train", "Train an abnormality classifier on one condition (original, cover, labels-only, random-cover) into a run folder.");
        Option device = GlobalOptions.Device();
        Option memoryFormat = GlobalOptions.MemoryFormat();
        Option precision = GlobalOptions.Precision();
        foreach (Option option in new Option[] { DataOption, MarkersOption, VariantOption, ArchOption, ImageSizeOption, EpochsOption,
                     BatchSizeOption, LearningRateOption, SeedOption, PretrainedOption, GradClipOption, PatienceOption, SelectOnOption,
                     HoldoutOption, ThreadsOption, WorkersOption, NoAugmentOption, device, memoryFormat, precision, OutOption, ResumeOption })
            command.Options.Add(option);
        command.SetAction(parse => Run(parse, (Option<string>)device, (Option<string>)memoryFormat, (Option<string>)precision));
        return command;
    }

    private static int Run(ParseResult parse, Option<string> device, Option<string> memoryFormat, Option<string> precision)
    {
        TextWriter output = parse.InvocationConfiguration.Output;
        var request = new ConditionRequest
        {
            DataPath = parse.GetValue(DataOption)!,
            Variant = parse.GetValue(VariantOption)!,
            BoxesPath = parse.GetValue(MarkersOption),
            HoldoutFraction = parse.GetValue(SelectOnOption) == "holdout" ? parse.GetValue(HoldoutOption) : null,
            Augment = !parse.GetValue(NoAugmentOption),
            Workers = parse.GetValue(WorkersOption),
            Training = new TrainingOptions
            {
                Architecture = parse.GetValue(ArchOption)!,
                ImageSize = parse.GetValue(ImageSizeOption),
                Epochs = parse.GetValue(EpochsOption),
                BatchSize = parse.GetValue(BatchSizeOption),
                LearningRate = parse.GetValue(LearningRateOption),
                Seed = parse.GetValue(SeedOption),
                Device = parse.GetValue(device)!,
                MemoryFormat = parse.GetValue(memoryFormat)!,
                Precision = parse.GetValue(precision)!,
                PretrainedPath = parse.GetValue(PretrainedOption),
                GradientClipNorm = parse.GetValue(GradClipOption),
                EarlyStoppingPatience = parse.GetValue(PatienceOption),
                Threads = parse.GetValue(ThreadsOption),
                Resume = parse.GetValue(ResumeOption),
            },
        };
        string runFolder = parse.GetValue(OutOption)!;
        CommandLineApp.Warn(parse.InvocationConfiguration.Error, BFloat16Hardware.Warning(request.Training.Precision, request.Training.Device));
        TrainingResult result = CliProgress.Run(output, progress => ConditionTrainer.Train(request, runFolder, progress));
        if (result.Pretrained is not null) output.WriteLine($"pretrained: {result.Pretrained.Summary()}");
        foreach (EpochMetrics epoch in result.Metrics)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"epoch {epoch.Epoch}: train loss {epoch.TrainLoss:0.0000}, valid loss {epoch.ValidLoss:0.0000}, valid AUC image {Format(epoch.ValidImageAuc)} study {Format(epoch.ValidStudyAuc)}, {epoch.ImagesPerSecond:0.0} img/s{(epoch.IsBest ? " (best)" : "")}"));
        output.WriteLine($"{result.StopReason}; best epoch {result.BestEpoch}; run folder {Path.GetFullPath(runFolder)}");
        return CommandLineApp.Success;
    }

    private static string Format(double? value) => value is double number ? number.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";
}
