using System.CommandLine;
using RadAudit.Core;
using RadAudit.Imaging.Review;
using RadAudit.Synthetic;
using RadAudit.Synthetic.Markers;
using RadAudit.Synthetic.Planning;
using RadAudit.Synthetic.Rendering;

namespace RadAudit.Cli.Verbs;

/// <summary>`radaudit synth`: generate a synthetic MURA-layout data set with planted label confounders.</summary>
public static class SynthVerb
{
    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var defaults = new SynthesisOptions();
        var output = Options.OutputOption.Create("Output folder (gets MURA-v1.1/, markers.csv, synth.json).");
        var train = new Option<int>("--train-studies") { Description = "Studies in the train split.", DefaultValueFactory = _ => defaults.TrainStudies };
        var valid = new Option<int>("--valid-studies") { Description = "Studies in the valid split.", DefaultValueFactory = _ => defaults.ValidStudies };
        var seed = new Option<long>("--seed") { Description = "Random seed; the same seed gives byte-identical files.", DefaultValueFactory = _ => defaults.Seed };
        var confounding = new Option<double>("--confounding") { Description = "How strongly the technologist's marker predicts abnormality, 0..1 (0 none, 1 determines it; default gives labels-only AUC 0.64).", DefaultValueFactory = _ => defaults.Confounding };
        var validConfounding = new Option<double?>("--valid-confounding") { Description = "Strength for the valid split, -1..1 (negative reverses it); default: --confounding." };
        var difficulty = new Option<double>("--difficulty") { Description = "How subtle findings are, 0..1 (1 = invisible).", DefaultValueFactory = _ => defaults.Difficulty };
        var maxSize = new Option<int>("--max-size") { Description = "Long side of the images in pixels (MURA: 512).", DefaultValueFactory = _ => defaults.MaxSize };
        var bodyParts = new Option<string>("--body-parts") { Description = "Comma-separated study types, e.g. XR_HAND,XR_WRIST (default: all seven)." };
        var noMarkers = new Option<bool>("--no-markers") { Description = "Draw no burned-in labels at all (markers.csv stays empty): anatomy only, as radaudit pretrain uses." };
        var force = new Option<bool>("--force") { Description = "Replace the data set in a non-empty --out folder." };
        var sheet = new Option<string?>("--contact-sheet") { Description = "Also save a PNG grid of the first 24 train images (markers drawn) to this path." };
        var command = new Command("synth", "Generate synthetic MURA-like radiographs whose burned-in labels are confounded with the diagnosis.");
        foreach (Option option in new Option[] { output, train, valid, seed, confounding, validConfounding, difficulty, maxSize, bodyParts, noMarkers, force, sheet })
            command.Options.Add(option);
        command.SetAction(parse =>
        {
            var options = new SynthesisOptions
            {
                TrainStudies = parse.GetValue(train),
                ValidStudies = parse.GetValue(valid),
                Seed = parse.GetValue(seed),
                Confounding = parse.GetValue(confounding),
                ValidConfounding = parse.GetValue(validConfounding),
                Difficulty = parse.GetValue(difficulty),
                MaxSize = parse.GetValue(maxSize),
                BodyParts = ParseParts(parse.GetValue(bodyParts)),
                DrawMarkers = !parse.GetValue(noMarkers),
            };
            var writer = parse.InvocationConfiguration.Output;
            SynthesisSummary summary = CliProgress.Run(writer, progress =>
                SyntheticMuraWriter.Write(parse.GetValue(output)!, options, parse.GetValue(force), progress));
            foreach (var (split, counts) in summary.Splits)
                writer.WriteLine($"{split}: {counts.Patients} patients, {counts.Studies} studies ({counts.AbnormalStudies} abnormal), {counts.Images} images; confounding {counts.Confounding:0.###} (ideal labels-only AUC {counts.LabelsOnlyAreaUnderCurve:0.###})");
            int images = summary.Splits.Values.Sum(c => c.Images);
            writer.WriteLine($"wrote {summary.Root} ({summary.MarkerBoxes} marker boxes) in {summary.Seconds:0.0} s, {images / Math.Max(summary.Seconds, 1e-3):0} images/s");
            if (parse.GetValue(sheet) is { } sheetPath) WriteContactSheet(sheetPath, options);
            return CommandLineApp.Success;
        });
        return command;
    }

    private static IReadOnlyList<string> ParseParts(string? list) => string.IsNullOrWhiteSpace(list)
        ? BodyParts.Mura
        : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => p.ToUpperInvariant()).ToList();

    private static void WriteContactSheet(string path, SynthesisOptions options)
    {
        var plans = StudyPlanner.Plan(options, TechnologistRoster.Create(options.Seed));
        var images = plans.Take(24).Select(p => RadiographRenderer.Render(p, options, options.DrawMarkers).Image).ToList();
        var tiles = images.Select(image => new ReviewTile("", image, [], [])).ToList();
        AtomicFile.WriteBytes(path, ContactSheet.Render(tiles, tileSize: 256, columns: 6, scoreBars: false));
    }
}
