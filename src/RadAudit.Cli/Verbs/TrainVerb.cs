using System.CommandLine;
using System.Globalization;
using RadAudit.Cli.Options;
using RadAudit.Data.Validation;
using RadAudit.Learning.Runtime;
using RadAudit.Learning.Training;

namespace RadAudit.Cli.Verbs;

/// <summary>`radaudit train`: train one condition (data + masking condition + architecture) into a run folder.</summary>
public static class TrainVerb
{
    private static readonly Option<string> SelectOnOption = new Option<string>("--select-on") { Description = "Split that selects the model: valid, or holdout (a part of train, for honest valid figures).", DefaultValueFactory = _ => "valid" }
        .AcceptOnlyFromAmong("valid", "holdout");
    private static readonly Option<double> HoldoutOption = new("--holdout-fraction") { Description = "Share of train (whole patients) held out with --select-on holdout.", DefaultValueFactory = _ => 0.1 };
    private static readonly Option<bool> ResumeOption = new("--resume") { Description = "Continue the run in --out from its last checkpoint." };

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var command = new Command("train", "Train an abnormality classifier on one condition (original, cover, labels-only, random-cover) into a run folder.");
        var data = new DataOptions(images: false, split: false, assignSplits: false);
        var condition = new ConditionOptions();
        var training = new TrainingOptionGroup();
        Option<int> seed = SeedOption.Create("Seed of weights, shuffling and augmentation.");
        Option<string> output = OutputOption.Create("Run folder (config.json, metrics.jsonl, checkpoints/).");
        data.AddTo(command);
        condition.AddTo(command);
        training.AddTo(command);
        foreach (Option option in new Option[] { seed, SelectOnOption, HoldoutOption, output, ResumeOption }) command.Options.Add(option);
        command.SetAction(parse => Run(parse, data, condition, training, seed, output));
        return command;
    }

    private static int Run(ParseResult parse, DataOptions data, ConditionOptions condition, TrainingOptionGroup training, Option<int> seed, Option<string> outOption)
    {
        TextWriter output = parse.InvocationConfiguration.Output;
        // The same gate as the audit's: problems stop training unless --skip-bad leaves the listed images out.
        GatedDataSet gated = CliProgress.Run(output, progress =>
            data.OpenValidated(parse, new ValidationOptions(Workers: parse.GetValue(training.Workers)), output, progress));
        var request = new ConditionRequest
        {
            Data = gated.Data,
            Condition = condition.ReadCondition(parse),
            Boxes = condition.ReadBoxes(parse),
            HoldoutFraction = parse.GetValue(SelectOnOption) == "holdout" ? parse.GetValue(HoldoutOption) : null,
            Augment = !parse.GetValue(training.NoAugment),
            Workers = parse.GetValue(training.Workers),
            Training = training.Read(parse, parse.GetValue(seed), parse.GetValue(ResumeOption)),
        };
        string runFolder = parse.GetValue(outOption)!;
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
