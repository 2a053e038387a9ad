using System.Globalization;
using System.Text;
using RadAudit.Core;
using RadAudit.Reporting.Html;

namespace RadAudit.Validity;

/// <summary>Per planted strength and number of seeds k: the labels-only AUC and how often each verdict fires.</summary>
public sealed record SweepRow(double Strength, int Seeds, int Runs, double LabelsOnlyMean, double LabelsOnlySd, Proportion Shortcut,
    Proportion Leak, Proportion CoverClaims, Proportion RandomCoverClaims, Proportion RandomCoverDeLongAlone);

/// <summary>Builds the sweep's table (markdown and CSV) and its plot from the runs.</summary>
public static class SweepSummary
{
    /// <summary>One row per strength and per k = 1 … the smallest seed count of that strength's runs.</summary>
    public static IReadOnlyList<SweepRow> Rows(IReadOnlyList<SweepRun> runs) =>
        [.. runs.GroupBy(run => run.Strength).OrderBy(group => group.Key).SelectMany(group =>
        {
            var list = group.ToList();
            int most = list.Min(run => run.Seeds);
            double[] aucs = [.. list.Select(run => run.LabelsOnlyAuc).Where(double.IsFinite)];
            double mean = aucs.Length > 0 ? aucs.Average() : double.NaN;
            double sd = aucs.Length > 1 ? Math.Sqrt(aucs.Sum(a => (a - mean) * (a - mean)) / (aucs.Length - 1)) : double.NaN;
            return Enumerable.Range(1, most).Select(k => new SweepRow(group.Key, k, list.Count, mean, sd,
                Count(list, run => run.SaysShortcut), Count(list, run => run.SaysLeak),
                Count(list, run => VerdictRule.CallsDifference(run.Results.Comparisons.OriginalVsCover, k)),
                Count(list, run => VerdictRule.CallsDifference(run.Results.Comparisons.RandomCoverVsOriginal, k)),
                Count(list, run => VerdictRule.DeLongAloneCalls(run.Results.Comparisons.RandomCoverVsOriginal))));
        })];

    private static Proportion Count(IReadOnlyList<SweepRun> runs, Func<SweepRun, bool> fires) => new(runs.Count(fires), runs.Count);

    /// <summary>The markdown table of docs/validity.md.</summary>
    public static string Markdown(IReadOnlyList<SweepRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| confounding | k seeds | runs | labels-only AUC mean (sd) | says shortcut | names a leak | cover claim (rule) | random-cover claim (rule) | random-cover, DeLong alone |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (SweepRow row in rows)
            text.AppendLine(FormattableString.Invariant(
                $"| {row.Strength:0.##} | {row.Seeds} | {row.Runs} | {row.LabelsOnlyMean:0.000} ({row.LabelsOnlySd:0.000}) | {row.Shortcut} | {row.Leak} | {row.CoverClaims} | {row.RandomCoverClaims} | {row.RandomCoverDeLongAlone} |"));
        return text.ToString();
    }

    /// <summary>The rows as CSV for other tools.</summary>
    public static string Csv(IReadOnlyList<SweepRow> rows)
    {
        var text = new StringBuilder("strength,seeds,runs,labels_only_mean,labels_only_sd,shortcut,leak,cover_claims,random_cover_claims,random_cover_delong_alone\n");
        foreach (SweepRow row in rows)
            text.AppendLine(FormattableString.Invariant(
                $"{row.Strength},{row.Seeds},{row.Runs},{row.LabelsOnlyMean:0.0000},{row.LabelsOnlySd:0.0000},{row.Shortcut.Count},{row.Leak.Count},{row.CoverClaims.Count},{row.RandomCoverClaims.Count},{row.RandomCoverDeLongAlone.Count}"));
        return text.ToString();
    }

    /// <summary>Rates against strength: the shortcut verdict, and the random-cover claim at k = 1 (DeLong alone) and at the most seeds.</summary>
    public static string Plot(IReadOnlyList<SweepRow> rows)
    {
        int most = rows.Count == 0 ? 1 : rows.Max(row => row.Seeds);
        var firstSeed = rows.Where(row => row.Seeds == 1).ToList();
        var atMost = rows.GroupBy(row => row.Strength).Select(group => group.OrderBy(row => row.Seeds).Last()).ToList();
        static RateSeries Series(string name, IReadOnlyList<SweepRow> rows, Func<SweepRow, Proportion> pick) =>
            new(name, [.. rows.Select(row => row.Strength)], [.. rows.Select(row => pick(row).Rate)], [.. rows.Select(row => pick(row).Lower)], [.. rows.Select(row => pick(row).Upper)]);
        return RatePlot.Svg(
        [
            Series("says \"shortcut\" (labels-only CI excludes 0.5)", firstSeed, row => row.Shortcut),
            Series("names a leak (geometry or box statistics)", firstSeed, row => row.Leak),
            Series("random-cover called a change, DeLong alone", firstSeed, row => row.RandomCoverDeLongAlone),
            Series(string.Create(CultureInfo.InvariantCulture, $"random-cover called a change, rule with up to {most} seeds"), atMost, row => row.RandomCoverClaims),
        ], "planted confounding strength R (labels-only AUC = (1 + R) / 2)", "fraction of audits");
    }

    /// <summary>Writes validity-sweep.md, .csv and .svg into <paramref name="folder"/>, atomically.</summary>
    public static void Write(string folder, IReadOnlyList<SweepRow> rows)
    {
        Directory.CreateDirectory(folder);
        AtomicFile.WriteText(Path.Combine(folder, "validity-sweep.md"), Markdown(rows));
        AtomicFile.WriteText(Path.Combine(folder, "validity-sweep.csv"), Csv(rows));
        AtomicFile.WriteText(Path.Combine(folder, "validity-sweep.svg"), Plot(rows));
    }
}
