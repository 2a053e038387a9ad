using RadAudit.Imaging.Markers;

namespace RadAudit.Learning.Markers;

/// <summary>
/// The label detectors by the names users choose them with (<c>--detector rules|learned</c>): the learned one (the
/// default) and the rule-based baseline. Here rather than in the command line so that the audit library creates the
/// same detector as <c>markers detect</c>.
/// </summary>
public static class LabelDetectors
{
    /// <summary>The default detector.</summary>
    public const string Default = LearnedLabelDetector.SelectionName;

    /// <summary>Every name, the default first.</summary>
    public static IReadOnlyList<string> Names { get; } = [LearnedLabelDetector.SelectionName, MarkerDetector.SelectionName];

    /// <summary>Whether <paramref name="name"/> runs a model (and so needs libtorch and the compute setup).</summary>
    public static bool RunsModel(string? name) => name == LearnedLabelDetector.SelectionName;

    /// <summary>What results.json records as the detector (without loading it: a resumed audit reuses its boxes).</summary>
    public static string Describe(string name, string? weights) => RunsModel(name)
        ? $"radaudit learned label detector ({weights ?? "shipped weights"})"
        : new MarkerDetector().Name;

    /// <summary>The detector called <paramref name="name"/>; the caller disposes it (<see cref="IDisposable"/> when learned).</summary>
    /// <param name="name">rules or learned.</param>
    /// <param name="weights">Weights file for the learned detector; null = the shipped ones.</param>
    /// <param name="minimumScore">Boxes scoring below this are not reported; null = the detector's own default.</param>
    public static ILabelDetector Create(string name, string? weights, double? minimumScore = null)
    {
        if (!RunsModel(name))
            return new MarkerDetector(new MarkerDetectorOptions { MinimumScore = minimumScore ?? new MarkerDetectorOptions().MinimumScore });
        double score = minimumScore ?? LearnedLabelDetector.DefaultMinimumScore;
        return weights is null ? LearnedLabelDetector.LoadShipped(score) : LearnedLabelDetector.Load(weights, score);
    }
}
