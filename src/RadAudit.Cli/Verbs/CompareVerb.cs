using System.CommandLine;
using RadAudit.Cli.Verbs.Evaluation;
using RadAudit.Data.Predictions;
using RadAudit.Stats.Evaluation;

namespace RadAudit.Cli.Verbs;

/// <summary>`radaudit compare`: the paired DeLong test of two classifiers' AUCs on the same images (difference A − B).</summary>
public static class CompareVerb
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var command = new Command("compare", "Compare two predictions CSVs on the same images: both AUCs and the paired DeLong test of A - B.");
        var fileA = new Option<FileInfo>("--a") { Description = "Predictions CSV of classifier A.", Required = true };
        var fileB = new Option<FileInfo>("--b") { Description = "Predictions CSV of classifier B (same paths and labels as A).", Required = true };
        var shared = new EvaluationVerbOptions();
        command.Options.Add(fileA);
        command.Options.Add(fileB);
        shared.AddTo(command);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            EvaluationOptions options = shared.Read(parse);
            string pathA = parse.GetValue(fileA)!.FullName, pathB = parse.GetValue(fileB)!.FullName;
            var recordsA = PredictionsCsvReader.Read(pathA);
            var recordsB = PredictionsCsvReader.Read(pathB);
            PairedComparison result = CliProgress.Run(output, progress => Comparer.Compare(recordsA, recordsB, options, pathA, pathB, progress));
            output.WriteLine($"A = {pathA}");
            output.WriteLine($"B = {pathB}");
            output.WriteLine($"{result.Count} labelled {(result.Level == "study" ? "studies" : "images")} ({result.Positives} abnormal), " +
                $"{result.SkippedUnlabelled} unlabelled skipped");
            var console = ConsoleFactory.For(output);
            console.Write(MetricsTable.ForComparison(result));
            output.WriteLine(MetricsTable.DifferenceLine(result.Difference));
            if (result.Difference.Note is not null) output.WriteLine($"note: {result.Difference.Note}");
            JsonResultFile.WriteIfRequested(shared.JsonPath(parse), result, output);
            return CommandLineApp.Success;
        });
        return command;
    }
}
