using RadAudit.Reporting.Results;
using RadAudit.Reporting.Verdict;

namespace RadAudit.Validity;

/// <summary>One audit of the sweep: its planted strength, data seed and what its results.json says.</summary>
public sealed record SweepRun(double Strength, int DataSeed, AuditResults Results)
{
    /// <summary>Reads every <c>results.json</c> under <paramref name="root"/> laid out as <c>c{strength}/s{seed}/</c>.</summary>
    public static IReadOnlyList<SweepRun> ReadAll(string root)
    {
        var runs = new List<SweepRun>();
        foreach (string file in Directory.EnumerateFiles(root, "results.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string seedFolder = Path.GetFileName(Path.GetDirectoryName(file)!), strengthFolder = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(file))!);
            if (!seedFolder.StartsWith('s') || !strengthFolder.StartsWith('c')) continue;
            runs.Add(new SweepRun(double.Parse(strengthFolder[1..], System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(seedFolder[1..], System.Globalization.CultureInfo.InvariantCulture), ResultsJson.Read(file)));
        }
        return runs;
    }

    /// <summary>Training seeds per condition in this run.</summary>
    public int Seeds => Results.Config.Seeds.Count;

    /// <summary>The labels-only model's AUC (first seed), or NaN.</summary>
    public double LabelsOnlyAuc => Results.LabelsOnlyVsChance?.Auc ?? double.NaN;

    /// <summary>Whether the verdict calls a shortcut: the labels-only interval excludes 0.5 (VerdictWriter.Finding).</summary>
    public bool SaysShortcut => VerdictWriter.Finding(Results) == ShortcutFinding.Detected;

    /// <summary>Whether the leak checks name a leak (a statistic of what lies under the labels beats chance).</summary>
    public bool SaysLeak => LeakSentences.AnyLeak(Results);

    /// <summary>Whether the verdict says placement predicts (the labels-geometry model or box area or count beats chance).</summary>
    public bool SaysPlacement => LeakSentences.NamesPlacement(Results);

    /// <summary>cover − original.</summary>
    public ComparisonResult? Cover => Results.Comparisons.OriginalVsCover;

    /// <summary>random-cover − original.</summary>
    public ComparisonResult? RandomCover => Results.Comparisons.RandomCoverVsOriginal;
}
