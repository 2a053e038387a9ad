using System.CommandLine;
using System.Diagnostics;
using RadAudit.Audit;
using RadAudit.Audit.Planning;
using RadAudit.Cli.Supervision;
using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Learning.Training;
using RadAudit.Reporting.Results;
using RadAudit.Synthetic;

namespace RadAudit.Cli.Verbs;

/// <summary>
/// `radaudit demo`: generates a synthetic MURA-like set with planted label confounders, then runs the full audit on
/// it with the compact DenseNet at 128 px. Sized to finish in a few minutes on a 2-core CPU (docs/demo.md).
/// </summary>
public static class DemoVerb
{
    private static readonly Option<string> OutOption = new("--out") { Description = "Run folder (data/, jobs/, results.json, report.html).", DefaultValueFactory = _ => "runs/demo" };
    private static readonly Option<double> ConfoundingOption = new("--confounding") { Description = "How strongly the labels' style predicts abnormality (0 none, 1 determined).", DefaultValueFactory = _ => DemoDefaults.Confounding };
    private static readonly Option<int> TrainStudiesOption = new("--train-studies") { Description = "Synthetic training studies.", DefaultValueFactory = _ => DemoDefaults.TrainStudies };
    private static readonly Option<int> ValidStudiesOption = new("--valid-studies") { Description = "Synthetic validation studies.", DefaultValueFactory = _ => DemoDefaults.ValidStudies };
    private static readonly Option<double> DifficultyOption = new("--difficulty") { Description = "How subtle the findings in the anatomy are (0 obvious, 1 invisible).", DefaultValueFactory = _ => DemoDefaults.Difficulty };
    private static readonly Option<int> EpochsOption = new("--epochs") { Description = "Epochs per condition.", DefaultValueFactory = _ => DemoDefaults.Epochs };
    private static readonly Option<int> SeedOption = Options.SeedOption.Create("Seed of the data and of the first training seed.");
    private static readonly Option<int> SeedsOption = new("--seeds") { Description = "Training seeds per condition (K ≥ 2 lets the verdict test cover and random-cover across retrained models).", DefaultValueFactory = _ => DemoDefaults.Seeds };
    private static readonly Option<bool> DetectOption = new("--detect-markers") { Description = "Use the label detector instead of the generator's ground-truth boxes." };

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var command = new Command("demo", "Generate a synthetic radiograph set with planted label confounders and run the full shortcut audit on it.");
        var device = new Options.DeviceOptions(training: false);
        foreach (Option option in new Option[] { OutOption, ConfoundingOption, DifficultyOption, TrainStudiesOption, ValidStudiesOption, EpochsOption, SeedOption, SeedsOption, DetectOption })
            command.Options.Add(option);
        device.AddTo(command);
        command.SetAction(parse => Run(parse, parse.GetValue(device.Device)!));
        return command;
    }

    private static int Run(ParseResult parse, string device)
    {
        TextWriter output = parse.InvocationConfiguration.Output;
        var clock = Stopwatch.StartNew();
        string root = parse.GetValue(OutOption)!, data = Path.Combine(root, "data");
        int seed = parse.GetValue(SeedOption);
        var synthesis = new SynthesisOptions
        {
            TrainStudies = parse.GetValue(TrainStudiesOption),
            ValidStudies = parse.GetValue(ValidStudiesOption),
            Seed = seed,
            Confounding = parse.GetValue(ConfoundingOption),
            MaxSize = DemoDefaults.MaxSize,
            Difficulty = parse.GetValue(DifficultyOption),
        };
        AuditPlan plan = AuditPlan.Create(ConditionList.Parse(ConditionList.Default), parse.GetValue(SeedsOption), seed);
        output.WriteLine($"radaudit demo: synthetic data (confounding {synthesis.Confounding}) and a {plan.Conditions.Count}-condition audit " +
                         $"({plan.Seeds.Count} seed{(plan.Seeds.Count == 1 ? "" : "s")}) from the built-in synthetic-anatomy weights in {Path.GetFullPath(root)}");
        AuditResults? results = CliProgress.Run(output, progress =>
        {
            if (!File.Exists(Path.Combine(data, "synth.json")))
                SyntheticMuraWriter.Write(data, synthesis, force: true, progress);
            bool detect = parse.GetValue(DetectOption);
            var input = new AuditInput(DataSetOpener.Open(data), detect ? null : BoxFiles.ReadIndex(Path.Combine(data, "markers.csv")));
            var settings = new AuditSettings
            {
                DataPath = data,
                OutFolder = root,
                SaliencyImages = DemoDefaults.SaliencyImages,
                BootstrapReplicates = DemoDefaults.Bootstrap,
                Training = new TrainingOptions
                {
                    Architecture = "densenet-small",
                    ImageSize = 128,
                    Epochs = parse.GetValue(EpochsOption),
                    BatchSize = DemoDefaults.BatchSize,
                    LearningRate = DemoDefaults.LearningRate,
                    PretrainedPath = StartingWeights.SyntheticAnatomy,
                    Device = device,
                    EarlyStoppingPatience = 3,
                },
            };
            return ShortcutAudit.Run(input, settings, plan, AuditMode.RunAll, output, progress, Supervisor.Hooks());
        });
        if (results is not null) AuditSummaryPrinter.Print(output, results, root);
        output.WriteLine($"demo finished in {clock.Elapsed.TotalSeconds:0} s");
        return CommandLineApp.Success;
    }
}
