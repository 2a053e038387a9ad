using System.CommandLine;
using RadAudit.Core;
using RadAudit.Imaging.Masking;
using RadAudit.Learning.Prediction;

namespace RadAudit.Cli.Verbs;

/// <summary>`radaudit predict`: score a split or an image folder with a trained run and write a predictions CSV.</summary>
public static class PredictVerb
{
    private static readonly Option<string> ModelOption = new("--model") { Description = "Run folder written by radaudit train.", Required = true };
    private static readonly Option<string> CheckpointOption = new Option<string>("--checkpoint") { Description = "best (lowest selection loss) or last.", DefaultValueFactory = _ => "best" }
        .AcceptOnlyFromAmong("best", "last");
    private static readonly Option<string?> DataOption = new("--data") { Description = "MURA folder or manifest (with --split)." };
    private static readonly Option<string> SplitOption = new("--split") { Description = "Split of --data to score.", DefaultValueFactory = _ => "valid" };
    private static readonly Option<string?> ImagesOption = new("--images") { Description = "Folder of unlabelled PNG/JPEG images (instead of --data)." };
    private static readonly Option<string> VariantOption = new Option<string>("--variant") { Description = "original, cover, labels-only or random-cover.", DefaultValueFactory = _ => "original" }
        .AcceptOnlyFromAmong([.. MaskVariants.Names]);
    private static readonly Option<string?> MarkersOption = new("--markers") { Description = "Label boxes the variant needs." };
    private static readonly Option<int> WorkersOption = new("--workers") { Description = "Image loading threads.", DefaultValueFactory = _ => Math.Clamp(Environment.ProcessorCount, 1, 4) };
    private static readonly Option<string> OutOption = new("--out") { Description = "Predictions CSV to write (path,label,score,study,patient,body_part).", Required = true };

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var command = new Command("predict", "Score a data split or an image folder with a trained model; write a predictions CSV.");
        Option device = GlobalOptions.Device();
        foreach (Option option in new Option[] { ModelOption, CheckpointOption, DataOption, SplitOption, ImagesOption, VariantOption, MarkersOption, WorkersOption, device, OutOption })
            command.Options.Add(option);
        command.SetAction(parse =>
        {
            var request = new PredictionRequest
            {
                RunFolder = parse.GetValue(ModelOption)!,
                Checkpoint = parse.GetValue(CheckpointOption)!,
                DataPath = parse.GetValue(DataOption),
                Split = parse.GetValue(SplitOption)!,
                ImagesFolder = parse.GetValue(ImagesOption),
                Variant = parse.GetValue(VariantOption)!,
                BoxesPath = parse.GetValue(MarkersOption),
                Workers = parse.GetValue(WorkersOption),
                Device = parse.GetValue((Option<string>)device)!,
                OutputCsv = parse.GetValue(OutOption)!,
            };
            TextWriter output = parse.InvocationConfiguration.Output;
            IReadOnlyList<PredictionRecord> predictions = CliProgress.Run(output, progress => SplitPredictor.Predict(request, progress));
            output.WriteLine($"wrote {predictions.Count} predictions to {Path.GetFullPath(request.OutputCsv)}");
            return CommandLineApp.Success;
        });
        return command;
    }
}
