using System.CommandLine;
using RadAudit.Learning.Markers;

namespace RadAudit.Cli.Options;

/// <summary>
/// Which label detector a verb runs: <c>--detector learned|rules</c> (the learned one by default) and
/// <c>--detector-weights FILE</c> (weights from <c>markers train-detector</c>; default: the shipped ones). The learned
/// detector needs libtorch, so a verb that runs it gets the compute setup and supervision
/// (<see cref="CommandLineApp.RunsModels"/>).
/// </summary>
public sealed class DetectorOptions
{
    /// <summary>--detector.</summary>
    public Option<string> Detector { get; } = new Option<string>("--detector")
    {
        Description = "Label detector: learned (the shipped segmenter, default) or rules (the rule-based baseline).",
        DefaultValueFactory = _ => LabelDetectors.Default,
    }.AcceptOnlyFromAmong([.. LabelDetectors.Names]);

    /// <summary>--detector-weights.</summary>
    public Option<string?> Weights { get; } = new("--detector-weights") { Description = "Weights of the learned detector (from markers train-detector); default: the shipped ones." };

    /// <summary>Adds both to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Detector);
        command.Options.Add(Weights);
    }

    /// <summary>Whether the parse runs the learned detector.</summary>
    public bool RunsModel(ParseResult parse) => LabelDetectors.RunsModel(parse.GetValue(Detector));
}
