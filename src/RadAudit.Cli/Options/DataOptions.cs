using System.CommandLine;
using RadAudit.Core;
using RadAudit.Data.Sets;
using RadAudit.Data.Splitting;
using RadAudit.Data.Validation;
using RadAudit.Imaging;

namespace RadAudit.Cli.Options;

/// <summary>
/// The data options every verb that reads images shares, declared once: <c>--data</c> (MURA folder or manifest)
/// and, where the verb takes them, <c>--images</c> (plain folder), <c>--split</c>, <c>--split-by patient</c> with
/// <c>--split-fractions</c>/<c>--split-seed</c>, and for verbs that validate <c>--skip-bad</c> and <c>--max-pixels</c>. Create one per
/// command, <see cref="AddTo"/> it, then <see cref="Open"/> or <see cref="OpenValidated"/>.
/// </summary>
public sealed class DataOptions
{
    private readonly bool _images, _split, _assignSplits, _validation;

    /// <summary>The options a verb takes.</summary>
    /// <param name="images">Offer <c>--images DIR</c> as the alternative to <c>--data</c>.</param>
    /// <param name="split">Offer <c>--split</c>.</param>
    /// <param name="assignSplits">Offer <c>--split-by patient</c> for manifests without splits.</param>
    /// <param name="defaultSplit">The split used when <c>--split</c> is not given (null: every split).</param>
    /// <param name="validation">Offer <c>--skip-bad</c> and <c>--max-pixels</c> (verbs that pass the data through the
    /// validation gate, <see cref="OpenValidated"/>).</param>
    public DataOptions(bool images = true, bool split = true, bool assignSplits = true, string? defaultSplit = null, bool validation = true)
    {
        _validation = validation;
        _images = images;
        _split = split;
        _assignSplits = assignSplits;
        Data = new Option<string?>("--data")
        {
            Description = "Labelled data: the folder holding MURA-v1.1/ (or MURA-v1.1/ itself), a manifest CSV (path,label[,study,patient,body_part,split]) or a folder with manifest.csv.",
            Required = !images,
        };
        Split = new Option<string?>("--split") { Description = "Use only this split (e.g. train or valid).", DefaultValueFactory = _ => defaultSplit };
    }

    /// <summary>--data: a MURA root, a manifest CSV, or a folder holding manifest.csv.</summary>
    public Option<string?> Data { get; }

    /// <summary>--images: every PNG/JPEG below a folder, unlabelled.</summary>
    public Option<string?> Images { get; } = new("--images") { Description = "A folder of PNG/JPEG images (unlabelled), instead of --data." };

    /// <summary>--split: use only this split (train, valid, ...).</summary>
    public Option<string?> Split { get; }

    /// <summary>--skip-bad: skip the images validation lists instead of stopping.</summary>
    public Option<bool> SkipBad { get; } = new("--skip-bad") { Description = "Skip the images with problems (missing, corrupt, leaking...) instead of stopping; says how many." };

    /// <summary>--max-pixels: decompression-bomb cap.</summary>
    public Option<long> MaxPixels { get; } = new("--max-pixels")
    {
        Description = "Largest width×height accepted, checked from the header before decoding.",
        DefaultValueFactory = _ => ImageCodec.DefaultMaxPixels,
    };

    /// <summary>--split-by: assign splits (only 'patient').</summary>
    public Option<string?> SplitBy { get; } = new Option<string?>("--split-by")
    {
        Description = "Assign splits yourself: 'patient' keeps each patient's images in one split (for manifests without splits).",
    }.AcceptOnlyFromAmong("patient");

    /// <summary>--split-fractions for --split-by.</summary>
    public Option<string> SplitFractions { get; } = new("--split-fractions")
    {
        Description = "Shares of the images per split for --split-by, e.g. train=0.8,valid=0.2.",
        DefaultValueFactory = _ => "train=0.8,valid=0.2",
    };

    /// <summary>--split-seed for --split-by.</summary>
    public Option<int> SplitSeed { get; } = new("--split-seed") { Description = "Seed of --split-by.", DefaultValueFactory = _ => 0 };

    /// <summary>Adds the verb's options to <paramref name="command"/>, with the check that exactly one source is named.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Data);
        if (_images) command.Options.Add(Images);
        if (_split) command.Options.Add(Split);
        if (_validation)
        {
            command.Options.Add(SkipBad);
            command.Options.Add(MaxPixels);
        }
        if (_assignSplits)
            foreach (Option option in new Option[] { SplitBy, SplitFractions, SplitSeed }) command.Options.Add(option);
        if (_images)
            command.Validators.Add(result =>
            {
                if (result.GetValue(Data) is null == result.GetValue(Images) is null)
                    result.AddError("Name the data with exactly one of --data DIR|manifest.csv or --images DIR.");
            });
    }

    /// <summary>Opens the data named by the options, assigns splits if asked, and keeps <c>--split</c>.</summary>
    public ImageDataSet Open(ParseResult parse)
    {
        string? data = parse.GetValue(Data), images = _images ? parse.GetValue(Images) : null;
        ImageDataSet opened = data is not null ? DataSetOpener.Open(data) : DataSetOpener.OpenImageFolder(images!);
        if (_assignSplits && parse.GetValue(SplitBy) is not null) opened = AssignSplits(opened, parse);
        string? split = _split ? parse.GetValue(Split) : null;
        if (split is null || images is not null) return opened;
        ImageDataSet selected = opened.ForSplit(split.ToLowerInvariant());
        if (selected.Records.Count == 0)
            throw new RadAuditException($"{opened.Source}: no image in split '{split}'. Splits present: {string.Join(", ", opened.Records.Select(r => r.Split).Distinct())}.", 2);
        return selected;
    }

    /// <summary>
    /// <see cref="Open"/>, then validation: stops with the report's first problems, or with --skip-bad drops the
    /// listed images and writes how many to <paramref name="output"/>.
    /// </summary>
    public GatedDataSet OpenValidated(ParseResult parse, ValidationOptions depth, TextWriter output,
        IProgress<ProgressReport>? progress = null, CancellationToken cancellation = default)
    {
        ImageDataSet data = Open(parse);
        bool skipBad = parse.GetValue(SkipBad);
        GatedDataSet gated = DataGate.Pass(data, depth with { MaxPixels = parse.GetValue(MaxPixels) }, skipBad, progress, cancellation);
        if (gated.SkippedImages > 0 || gated.Report.SkippedRows > 0)
            output.WriteLine($"--skip-bad: skipped {gated.SkippedImages} image(s) and {gated.Report.SkippedRows} unreadable row(s) " +
                             $"of {data.Source}; using {gated.Data.Records.Count}. 'radaudit data check' lists them.");
        return gated;
    }

    private ImageDataSet AssignSplits(ImageDataSet data, ParseResult parse)
    {
        IReadOnlyList<SplitFraction> fractions;
        try { fractions = SplitFraction.ParseList(parse.GetValue(SplitFractions)!); }
        catch (ArgumentException problem) { throw new RadAuditException($"--split-fractions: {problem.Message}", exitCode: 2); }
        return data.WithSplits(PatientSplitter.Assign(data.Records, fractions, parse.GetValue(SplitSeed)));
    }
}
