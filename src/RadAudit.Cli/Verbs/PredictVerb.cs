using System.CommandLine;
using RadAudit.Cli.Options;
using RadAudit.Core;
using RadAudit.Data.Predictions;
using RadAudit.Data.Validation;
using RadAudit.Learning.Prediction;

namespace RadAudit.Cli.Verbs;

/// <summary>`radaudit predict`: score a split or an image folder with a trained run and write a predictions CSV.</summary>
public static class PredictVerb
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var command = new Command("predict", "Score a data split or an image folder with a trained model; write a predictions CSV.");
        var model = new ModelOptions();
        var data = new DataOptions(assignSplits: false, defaultSplit: Splits.Valid);
        var condition = new ConditionOptions("Label boxes the variant needs.");
        var device = new DeviceOptions(training: false);
        var workers = new Option<int>("--workers") { Description = "Image loading threads.", DefaultValueFactory = _ => Data.Loading.LoaderOptions.DefaultWorkers };
        Option<string> output = OutputOption.Create("Predictions CSV to write (path,label,score,study,patient,body_part).");
        model.AddTo(command);
        data.AddTo(command);
        condition.AddTo(command);
        device.AddTo(command);
        command.Options.Add(workers);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            TextWriter writer = parse.InvocationConfiguration.Output;
            GatedDataSet gated = CliProgress.Run(writer, progress =>
                data.OpenValidated(parse, new ValidationOptions(Workers: parse.GetValue(workers)), writer, progress));
            var request = new PredictionRequest
            {
                RunFolder = parse.GetValue(model.Model)!,
                Checkpoint = parse.GetValue(model.Checkpoint)!,
                Data = gated.Data,
                Condition = condition.ReadCondition(parse),
                Boxes = condition.ReadBoxes(parse),
                Workers = parse.GetValue(workers),
                Device = parse.GetValue(device.Device)!,
            };
            IReadOnlyList<PredictionRecord> predictions = CliProgress.Run(writer, progress => SplitPredictor.Predict(request, progress));
            string file = parse.GetValue(output)!;
            PredictionsCsvWriter.Write(file, predictions);
            writer.WriteLine($"wrote {predictions.Count} predictions to {Path.GetFullPath(file)}");
            return CommandLineApp.Success;
        });
        return command;
    }
}
