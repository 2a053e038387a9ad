using System.Globalization;
using System.Text;
using RadAudit.Core;
using RadAudit.Reporting.Html;
using RadAudit.Stats.Descriptive;

namespace RadAudit.Validity;

/// <summary>Builds the sweep's table (markdown and CSV) and its plot from the runs, and pools it with earlier parts.</summary>
public static class SweepSummary
{
    private const string Header = "strength,seeds,runs,labels_only_n,labels_only_mean,labels_only_sd,shortcut,leak,placement," +
        "cover_loss_claims,cover_gain_claims,random_cover_claims,random_cover_test_alone,random_cover_delong_alone";

    /// <summary>One row per strength and per k = 1 … the smallest seed count of that strength's runs.</summary>
    public static IReadOnlyList<SweepRow> Rows(IReadOnlyList<SweepRun> runs) =>
        [.. runs.GroupBy(run => run.Strength).OrderBy(group => group.Key).SelectMany(group =>
        {
            var list = group.ToList();
            int most = list.Min(run => run.Seeds);
            SampleSummary labelsOnly = SampleSummary.Of([.. list.Select(run => run.LabelsOnlyAuc).Where(double.IsFinite)]);
            return Enumerable.Range(1, most).Select(k => new SweepRow(group.Key, k, list.Count, labelsOnly,
                Count(list, run => run.SaysShortcut), Count(list, run => run.SaysLeak), Count(list, run => run.SaysPlacement),
                Count(list, run => VerdictRule.CalledDirection(run.Cover, k) < 0),
                Count(list, run => VerdictRule.CalledDirection(run.Cover, k) > 0),
                Count(list, run => VerdictRule.CallsDifference(run.RandomCover, k)),
                Count(list, run => VerdictRule.TestAloneCalls(run.RandomCover, k)),
                Count(list, run => VerdictRule.DeLongAloneCalls(run.RandomCover))));
        })];

    /// <summary>The rows of several disjoint parts of a sweep pooled per strength and k; a (strength, k) that some
    /// part lacks is left out, so every row counts every part.</summary>
    public static IReadOnlyList<SweepRow> Pool(IReadOnlyList<IReadOnlyList<SweepRow>> parts) =>
        [.. parts.SelectMany(part => part).GroupBy(row => (row.Strength, row.Seeds))
            .Where(group => group.Count() == parts.Count)
            .Select(group => group.Aggregate(SweepRow.Pool))
            .OrderBy(row => row.Strength).ThenBy(row => row.Seeds)];

    private static Proportion Count(IReadOnlyList<SweepRun> runs, Func<SweepRun, bool> fires) => new(runs.Count(fires), runs.Count);

    /// <summary>The markdown table of docs/validity.md.</summary>
    public static string Markdown(IReadOnlyList<SweepRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| confounding | k seeds | runs | labels-only AUC mean (sd) | says shortcut | names a leak | names placement | cover claimed a loss | cover claimed a gain | random-cover claim (rule) | random-cover, p < 0.05 without the 0.01 floor | random-cover, DeLong alone |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (SweepRow row in rows)
            text.AppendLine(FormattableString.Invariant(
                $"| {row.Strength:0.##} | {row.Seeds} | {row.Runs} | {row.LabelsOnly.Mean:0.000} ({(double.IsFinite(row.LabelsOnly.Sd) ? row.LabelsOnly.Sd.ToString("0.000", CultureInfo.InvariantCulture) : "–")}) | {row.Shortcut} | {row.Leak} | {row.Placement} | {row.CoverLossClaims} | {row.CoverGainClaims} | {row.RandomCoverClaims} | {row.RandomCoverTestAlone} | {row.RandomCoverDeLongAlone} |"));
        return text.ToString();
    }

    /// <summary>The rows as CSV, which <see cref="ReadCsv"/> reads back to pool with later runs.</summary>
    public static string Csv(IReadOnlyList<SweepRow> rows)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (SweepRow row in rows)
            text.AppendLine(FormattableString.Invariant(
                $"{row.Strength},{row.Seeds},{row.Runs},{row.LabelsOnly.Count},{row.LabelsOnly.Mean:0.000000},{row.LabelsOnly.Sd:0.000000},{row.Shortcut.Count},{row.Leak.Count},{row.Placement.Count},{row.CoverLossClaims.Count},{row.CoverGainClaims.Count},{row.RandomCoverClaims.Count},{row.RandomCoverTestAlone.Count},{row.RandomCoverDeLongAlone.Count}"));
        return text.ToString();
    }

    /// <summary>Reads a summary CSV written by <see cref="Csv"/> (an earlier part of the sweep).</summary>
    /// <exception cref="FormatException">The file is not such a CSV; the message names the file and line.</exception>
    public static IReadOnlyList<SweepRow> ReadCsv(string path)
    {
        string[] lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0].Trim() != Header)
            throw new FormatException($"{path}: not a sweep summary (its first line must be \"{Header}\"); write it with `RadAudit.Validity summarize`.");
        var rows = new List<SweepRow>();
        for (int index = 1; index < lines.Length; index++)
        {
            if (lines[index].Trim().Length == 0) continue;
            string[] cells = lines[index].Split(',');
            if (cells.Length != 14)
                throw new FormatException($"{path} line {index + 1}: {cells.Length} cells where the header has 14.");
            try
            {
                int runs = Integer(cells[2]);
                Proportion Of(string cell) => new(Integer(cell), runs);
                rows.Add(new SweepRow(Real(cells[0]), Integer(cells[1]), runs, new SampleSummary(Integer(cells[3]), Real(cells[4]), Real(cells[5])),
                    Of(cells[6]), Of(cells[7]), Of(cells[8]), Of(cells[9]), Of(cells[10]), Of(cells[11]), Of(cells[12]), Of(cells[13])));
            }
            catch (FormatException error)
            {
                throw new FormatException($"{path} line {index + 1}: {error.Message}", error);
            }
        }
        return rows;
    }

    private static int Integer(string cell) => int.Parse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static double Real(string cell) => double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>Rates against strength: the shortcut and leak verdicts, the random-cover claim at k = 1 (DeLong alone) and
    /// by the rule at the most seeds, and the cover-loss claim by the rule (power at R &gt; 0, a false alarm at R = 0).</summary>
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
            Series("names a leak (what lies under the labels predicts)", firstSeed, row => row.Leak),
            Series(string.Create(CultureInfo.InvariantCulture, $"covering the labels claimed to cost AUC, rule with {most} seeds"), atMost, row => row.CoverLossClaims),
            Series("random-cover called a change, DeLong alone", firstSeed, row => row.RandomCoverDeLongAlone),
            Series(string.Create(CultureInfo.InvariantCulture, $"random-cover called a change, rule with {most} seeds"), atMost, row => row.RandomCoverClaims),
        ], "planted confounding strength R (labels-only AUC = (1 + R) / 2)", "fraction of audits");
    }

    /// <summary>Writes validity-sweep.md, .csv and .svg into <paramref name="folder"/>, atomically, and validity-runs.csv
    /// when there are run folders to list.</summary>
    public static void Write(string folder, IReadOnlyList<SweepRow> rows, IReadOnlyList<SweepRun> runs)
    {
        Directory.CreateDirectory(folder);
        AtomicFile.WriteText(Path.Combine(folder, "validity-sweep.md"), Markdown(rows));
        AtomicFile.WriteText(Path.Combine(folder, "validity-sweep.csv"), Csv(rows));
        AtomicFile.WriteText(Path.Combine(folder, "validity-sweep.svg"), Plot(rows));
        if (runs.Count > 0) AtomicFile.WriteText(Path.Combine(folder, "validity-runs.csv"), SweepRunTable.Csv(runs));
    }
}
