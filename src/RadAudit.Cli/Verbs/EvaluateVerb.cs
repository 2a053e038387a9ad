using System.CommandLine;
using RadAudit.Cli.Verbs.Evaluation;
using RadAudit.Data.Predictions;
using RadAudit.Stats.Evaluation;

namespace RadAudit.Cli.Verbs;

/// <summary>`radaudit evaluate`: AUC with DeLong and bootstrap CIs, kappa and threshold metrics of one predictions CSV.</summary>
public static class EvaluateVerb
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var command = new Command("evaluate", "Evaluate a predictions CSV: AUC with DeLong and bootstrap 95% CIs, kappa, sensitivity, specificity, per body part.");
        var predictions = new Option<FileInfo>("--predictions") { Description = "Predictions CSV (path,label,score[,study,patient,body_part]).", Required = true };
        var shared = new EvaluationVerbOptions();
        command.Options.Add(predictions);
        shared.AddTo(command);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            EvaluationOptions options = shared.Read(parse);
            string path = parse.GetValue(predictions)!.FullName;
            var records = PredictionsCsvReader.Read(path);
            EvaluationResult result = CliProgress.Run(output, progress => Evaluator.Evaluate(records, options, path, progress));
            output.WriteLine($"{path}: {result.Count} labelled {(result.Level == "study" ? "studies" : "images")} " +
                $"({result.Positives} abnormal), {result.SkippedUnlabelled} unlabelled skipped, threshold {result.Threshold}");
            if (result.Note is not null) output.WriteLine($"note: {result.Note}");
            var console = ConsoleFactory.For(output);
            console.Write(MetricsTable.ForEvaluation(result));
            if (result.PerBodyPart.Count > 1) console.Write(MetricsTable.ForBodyParts(result));
            JsonResultFile.WriteIfRequested(shared.JsonPath(parse), result, output);
            return CommandLineApp.Success;
        });
        return command;
    }
}
