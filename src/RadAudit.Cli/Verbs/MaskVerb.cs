using System.CommandLine;
using System.Text.Json;
using RadAudit.Cli.Options;
using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Imaging;
using RadAudit.Imaging.Masking;

namespace RadAudit.Cli.Verbs;

/// <summary>`radaudit mask`: write a copy of a data set, in the same layout, with labels covered, kept alone, or a random control.</summary>
public static class MaskVerb
{
    private static readonly Option<int> MarginOption = new("--margin") { Description = "Pixels added around each box (cover, random-cover).", DefaultValueFactory = _ => LabelCover.DefaultMargin };
    private static readonly Option<string> FillOption = new Option<string>("--fill") { Description = "Fill of covered boxes: black (as published), mean or blur.", DefaultValueFactory = _ => "black" }
        .AcceptOnlyFromAmong("black", "mean", "blur");
    private static readonly Option<bool> ForceOption = new("--force") { Description = "Write into a non-empty --out folder." };

    /// <summary>Builds the verb.</summary>
    public static Command Create()
    {
        var command = new Command("mask", "Write a copy of a data set (same layout) with its burned-in labels covered, kept alone, or covered at random places.");
        var data = new DataOptions(images: false, split: false, assignSplits: false, validation: false);
        var condition = new ConditionOptions("Label boxes (CSV or COCO JSON), e.g. from radaudit markers detect.", variantRequired: true);
        condition.Markers.Required = true;
        Option<string> output = OutputOption.Create("Folder to write the copy to.");
        Option<int> seed = SeedOption.Create("Seed of random-cover positions (per image, from its path).", defaultValue: 0);
        data.AddTo(command);
        condition.AddTo(command);
        foreach (Option option in new Option[] { output, MarginOption, FillOption, seed, ForceOption }) command.Options.Add(option);
        command.SetAction(parse => Run(parse, parse.InvocationConfiguration.Output, data, condition, output, seed));
        return command;
    }

    private static int Run(ParseResult parse, TextWriter output, DataOptions dataOptions, ConditionOptions condition, Option<string> outOption, Option<int> seed)
    {
        int margin = parse.GetValue(MarginOption);
        if (margin < 0) throw new RadAuditException($"--margin {margin} must be 0 or more pixels.", 2);
        var options = new MaskOptions(condition.ReadCondition(parse), margin, CoverFills.Parse(parse.GetValue(FillOption)!), parse.GetValue(seed));
        ImageDataSet data = dataOptions.Open(parse);
        string outRoot = PrepareOutput(parse.GetValue(outOption)!, parse.GetValue(ForceOption), data.Root);
        string markersFile = parse.GetValue(condition.Markers)!;
        BoxValidationReport validation = ValidateBoxes(data, BoxFiles.Read(markersFile));
        output.WriteLine($"{markersFile}: {validation.Summary()}");
        foreach (BoxProblem problem in validation.Problems.Take(10))
            output.WriteLine($"  {problem.Kind}: {problem.Original.Path} ({problem.Original.X},{problem.Original.Y},{problem.Original.Width},{problem.Original.Height})");
        var boxes = new BoxIndex(validation.Usable);
        var records = data.Records.ToDictionary(record => record.Path, StringComparer.Ordinal);
        MaskedCopySummary summary = CliProgress.Run(output, progress => new MaskedCopy(options, boxes.For)
            .Write(data.Records.Select(record => record.Path).ToList(), path => data.ResolvePath(records[path]), outRoot, progress));
        CopyIndexFiles(data, outRoot);
        AtomicFile.WriteText(Path.Combine(outRoot, "mask.json"), JsonSerializer.Serialize(new
        {
            variant = options.Condition.Name,
            margin = options.Margin,
            fill = options.Fill.ToString().ToLowerInvariant(),
            seed = options.Seed,
            source = data.Source,
            markers = Path.GetFullPath(markersFile),
            boxes = validation.Summary(),
            summary,
        }, new JsonSerializerOptions { WriteIndented = true }));
        output.WriteLine(summary.Describe(options.Condition));
        foreach (string reason in summary.SkippedReasons.Take(10)) output.WriteLine($"  skipped: {reason}");
        output.WriteLine($"wrote {outRoot}");
        return summary.Skipped == 0 ? CommandLineApp.Success : CommandLineApp.Failure;
    }

    private static string PrepareOutput(string folder, bool force, string dataRoot)
    {
        string full = Path.GetFullPath(folder);
        if (string.Equals(Path.TrimEndingDirectorySeparator(full), Path.TrimEndingDirectorySeparator(dataRoot), StringComparison.Ordinal))
            throw new RadAuditException($"{folder}: --out is the data folder itself; choose another folder so the originals stay untouched.", 2);
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any() && !force)
            throw new RadAuditException($"{folder}: folder is not empty. Choose an empty folder or add --force.", 2);
        Directory.CreateDirectory(full);
        return full;
    }

    private static BoxValidationReport ValidateBoxes(ImageDataSet data, IReadOnlyList<LabelBox> boxes)
    {
        var records = data.Records.ToDictionary(record => record.Path, StringComparer.Ordinal);
        var sizes = new Dictionary<string, (int, int)?>(StringComparer.Ordinal);
        (int, int)? SizeOf(string path)
        {
            if (sizes.TryGetValue(path, out var known)) return known;
            (int, int)? size = records.TryGetValue(path, out ImageRecord? record) && data.TryResolvePath(record, out string file, out _) && File.Exists(file)
                ? ImageCodec.ReadSize(file) : null;
            return sizes[path] = size;
        }
        return BoxValidator.Validate(boxes, SizeOf);
    }

    /// <summary>Copies the data set's index files (MURA's CSVs, or the manifest) so the copy opens like the original.</summary>
    private static void CopyIndexFiles(ImageDataSet data, string outRoot)
    {
        IEnumerable<string> files = data.Kind switch
        {
            DataSetKind.Mura => Directory.EnumerateDirectories(data.Root, "MURA-v1.1").SelectMany(folder => Directory.EnumerateFiles(folder, "*.csv")),
            DataSetKind.Manifest => [data.Source],
            _ => [],
        };
        foreach (string file in files)
        {
            string relative = Path.GetRelativePath(data.Root, Path.GetFullPath(file));
            if (relative.StartsWith("..", StringComparison.Ordinal)) continue;
            string target = Path.Combine(outRoot, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
