using System.CommandLine;
using RadAudit.Imaging.Markers;
using RadAudit.Learning.Markers;

namespace RadAudit.Cli.Markers;

/// <summary>
/// <c>--detector rules|learned</c>: which label detector a verb runs. The learned one (the default) needs libtorch,
/// so a verb that runs it gets the machine's compute configuration and supervision (<see cref="CommandLineApp.RunsModels"/>).
/// </summary>
internal static class DetectorChoice
{
    /// <summary>The default detector.</summary>
    public const string Default = LearnedLabelDetector.SelectionName;

    /// <summary>A <c>--detector</c> option.</summary>
    public static Option<string> CreateOption() => new Option<string>("--detector")
    {
        Description = "Label detector: learned (the shipped segmenter, default) or rules (the rule-based baseline).",
        DefaultValueFactory = _ => Default,
    }.AcceptOnlyFromAmong(LearnedLabelDetector.SelectionName, MarkerDetector.SelectionName);

    /// <summary>Whether <paramref name="name"/> runs a model.</summary>
    public static bool RunsModel(string? name) => name == LearnedLabelDetector.SelectionName;

    /// <summary>What results.json records as the detector (without loading it: a resumed audit reuses its boxes).</summary>
    public static string Describe(string name, string? weights) => RunsModel(name)
        ? $"radaudit learned label detector ({weights ?? "shipped weights"})"
        : new MarkerDetector().Name;

    /// <summary>The detector called <paramref name="name"/>; the caller disposes it (<see cref="IDisposable"/> when learned).</summary>
    /// <param name="name">rules or learned.</param>
    /// <param name="weights">Weights file for the learned detector; null = the shipped ones.</param>
    /// <param name="minimumScore">Boxes scoring below this are not reported.</param>
    public static ILabelDetector Create(string name, string? weights, double minimumScore)
    {
        if (!RunsModel(name)) return new MarkerDetector(new MarkerDetectorOptions { MinimumScore = minimumScore });
        return weights is null ? LearnedLabelDetector.LoadShipped(minimumScore) : LearnedLabelDetector.Load(weights, minimumScore);
    }
}
