using System.CommandLine;
using RadAudit.Core;
using RadAudit.Data.Boxes;

namespace RadAudit.Cli.Options;

/// <summary>How the labels are masked: <c>--variant</c> (a <see cref="Condition"/>) and <c>--markers</c> (the label
/// boxes it needs). Every condition but the original needs the boxes, which the parse checks.</summary>
public sealed class ConditionOptions
{
    /// <summary>The options; <paramref name="markersDescription"/> says what the verb uses the boxes for.</summary>
    public ConditionOptions(string markersDescription = "Label boxes (CSV or COCO JSON); needed by every variant but original.",
        bool variantRequired = false)
    {
        Variant = new Option<string>("--variant")
        {
            Description = "original, cover, labels-only or random-cover.",
            DefaultValueFactory = variantRequired ? null : _ => Condition.Original.Name,
            Required = variantRequired,
        }.AcceptOnlyFromAmong([.. Condition.Names]);
        Markers = new Option<string?>("--markers") { Description = markersDescription };
    }

    /// <summary>--variant.</summary>
    public Option<string> Variant { get; }

    /// <summary>--markers FILE.</summary>
    public Option<string?> Markers { get; }

    /// <summary>Adds both, and the check that a masking variant has its boxes, to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Variant);
        command.Options.Add(Markers);
        command.Validators.Add(result =>
        {
            string? variant = result.GetValue(Variant);
            if (variant is not null && Condition.Find(variant) is { NeedsBoxes: true } && result.GetValue(Markers) is null)
                result.AddError($"--variant {variant} needs the label boxes: pass --markers boxes.csv (from radaudit markers detect).");
        });
    }

    /// <summary>The condition asked for.</summary>
    public Condition ReadCondition(ParseResult parse) => Condition.Parse(parse.GetValue(Variant)!);

    /// <summary>The label boxes named by --markers (read once), or null.</summary>
    public BoxIndex? ReadBoxes(ParseResult parse) => parse.GetValue(Markers) is string file ? BoxFiles.ReadIndex(file) : null;
}
