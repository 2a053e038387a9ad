using System.CommandLine;
using System.Diagnostics;
using RadAudit.Cli.Options;
using RadAudit.Data.Loading;
using RadAudit.Data.Sets;
using RadAudit.Data.Validation;
using Spectre.Console;

namespace RadAudit.Cli.Verbs;

/// <summary>
/// `radaudit data check`: counts and every problem of a data set (exit 1 on errors, --json for machines);
/// `radaudit data bench`: one timed loader pass (images/s and peak memory) to show the loader keeps up.
/// </summary>
public static class DataVerb
{
    /// <summary>Builds the verb with its subcommands.</summary>
    public static Command Create()
    {
        var command = new Command("data", "Check a data set for problems, or time the image loader on it.");
        command.Subcommands.Add(CreateCheck());
        command.Subcommands.Add(CreateBench());
        return command;
    }

    private static Option<int> Workers(int fallback) => new("--workers")
    {
        Description = "Parallel decoding threads (0 = on the main thread).",
        DefaultValueFactory = _ => fallback,
    };

    private static Command CreateCheck()
    {
        var command = new Command("check", "Print counts per split, body part and label, studies, patients, image sizes and every problem with its file. Exit 1 if there are errors (0 with --skip-bad).");
        var data = new DataOptions();
        data.AddTo(command);
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var workers = Workers(Environment.ProcessorCount);
        command.Options.Add(json);
        command.Options.Add(workers);
        command.SetAction(parse =>
        {
            TextWriter output = parse.InvocationConfiguration.Output;
            bool asJson = parse.GetValue(json), skipBad = parse.GetValue(data.SkipBad);
            ImageDataSet opened = data.Open(parse);
            var options = new ValidationOptions(parse.GetValue(data.MaxPixels), DecodePixels: true, parse.GetValue(workers));
            // JSON output must stay parseable, so progress goes nowhere then.
            DataValidationReport report = CliProgress.Run(asJson ? TextWriter.Null : output,
                progress => DataValidator.Validate(opened, options, progress));
            int skipped = skipBad ? report.BadRecordIndices().Count : 0;
            if (asJson) output.WriteLine(ReportJson.Write(report, skipped));
            else WriteText(output, opened, report, skipBad, skipped);
            return report.HasErrors && !skipBad ? CommandLineApp.Failure : CommandLineApp.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter output, ImageDataSet data, DataValidationReport report, bool skipBad, int skipped)
    {
        var console = ConsoleFactory.For(output);
        DataSummary summary = report.Summary;
        console.WriteLine($"{data.Kind} data at {data.Source}: {summary.Images} images, {summary.Studies} studies, {summary.Patients} patients");
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("split").AddColumn("body part").AddColumn("label").AddColumn("images").AddColumn("studies");
        foreach (GroupCount group in summary.Groups)
            table.AddRow(Cell(group.Split), Cell(group.BodyPart), group.Label, group.Images.ToString(), group.Studies.ToString());
        console.Write(table);
        if (summary.Sizes is SizeStatistics sizes)
            console.WriteLine($"image sizes ({sizes.Images} readable): width {sizes.MinWidth}-{sizes.MaxWidth} (mean {sizes.MeanWidth:0.0}), " +
                              $"height {sizes.MinHeight}-{sizes.MaxHeight} (mean {sizes.MeanHeight:0.0})");
        foreach (DataProblem problem in report.Problems)
            output.WriteLine($"{(problem.IsError ? "error" : "warning")} {problem}");
        int errors = report.Errors.Count(), warnings = report.Problems.Count - errors;
        output.WriteLine(errors == 0
            ? $"OK: no errors, {warnings} warning(s)."
            : skipBad
                ? $"{errors} error(s), {warnings} warning(s); --skip-bad skips {skipped} image(s) and {report.SkippedRows} unreadable row(s)."
                : $"{errors} error(s), {warnings} warning(s). Fix them, or pass --skip-bad to skip the {report.BadRecordIndices().Count} image(s) concerned.");
    }

    private static string Cell(string text) => text.Length == 0 ? "-" : Markup.Escape(text);

    private static Command CreateBench()
    {
        var command = new Command("bench", "Time one loader pass (decode, resize, optional augmentation, batching) over the data: images/s and peak memory. No validation is run.");
        var data = new DataOptions();
        data.AddTo(command);
        var imageSize = new Option<int>("--image-size") { Description = "Input side in pixels.", DefaultValueFactory = _ => 224 };
        var batchSize = new Option<int>("--batch-size") { Description = "Images per batch.", DefaultValueFactory = _ => 32 };
        var augment = new Option<bool>("--augment") { Description = "Apply the training augmentations." };
        var workers = Workers(Environment.ProcessorCount);
        foreach (Option option in new Option[] { imageSize, batchSize, augment, workers }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            TextWriter output = parse.InvocationConfiguration.Output;
            ImageDataSet opened = data.Open(parse);
            var options = new LoaderOptions
            {
                ImageSize = parse.GetValue(imageSize),
                BatchSize = parse.GetValue(batchSize),
                Workers = parse.GetValue(workers),
                Augment = parse.GetValue(augment),
                Shuffle = true,
                MaxPixels = parse.GetValue(data.MaxPixels),
            };
            var loader = new ImageBatchLoader(opened, options);
            var clock = Stopwatch.StartNew();
            long images = CliProgress.Run(output, progress =>
            {
                long done = 0;
                foreach (ImageBatch batch in loader.Epoch(0))
                    progress.Report(new Core.ProgressReport("load", done += batch.Count, loader.ImagesPerEpoch));
                return done;
            });
            double seconds = clock.Elapsed.TotalSeconds;
            long peak = Process.GetCurrentProcess().PeakWorkingSet64;
            output.WriteLine($"loaded {images} images at {options.ImageSize} px with {options.Workers} worker(s) in {seconds:0.00} s: " +
                             $"{images / seconds:0} images/s; peak memory {peak / (1024.0 * 1024):0} MiB");
            return CommandLineApp.Success;
        });
        return command;
    }
}
