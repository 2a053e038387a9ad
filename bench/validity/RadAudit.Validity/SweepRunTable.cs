using System.Globalization;
using System.Text;
using RadAudit.Reporting.Results;

namespace RadAudit.Validity;

/// <summary>
/// One CSV row per run and k (validity-runs.csv): what each run measured and what the rule called, so a later session
/// can re-count the sweep, or pool it with new runs, without the run folders (which are large and not kept).
/// </summary>
public static class SweepRunTable
{
    private const string Header = "strength,data_seed,k,labels_only_auc,shortcut,leak,placement,cover_difference,cover_p,cover_called," +
        "random_cover_difference,random_cover_p,random_cover_called,random_cover_delong_alone_p";

    /// <summary>The rows of <paramref name="runs"/>, k = 1 … each run's seed count.</summary>
    public static string Csv(IReadOnlyList<SweepRun> runs)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (SweepRun run in runs.OrderBy(run => run.Strength).ThenBy(run => run.DataSeed))
            for (int k = 1; k <= run.Seeds; k++)
                text.AppendLine(string.Join(',',
                    Number(run.Strength), run.DataSeed.ToString(CultureInfo.InvariantCulture), k.ToString(CultureInfo.InvariantCulture),
                    Number(run.LabelsOnlyAuc), Flag(run.SaysShortcut), Flag(run.SaysLeak), Flag(run.SaysPlacement),
                    Number(MeanDifference(run.Cover, k)), Number(VerdictRule.AcrossSeeds(run.Cover, k)?.P ?? double.NaN),
                    VerdictRule.CalledDirection(run.Cover, k).ToString(CultureInfo.InvariantCulture),
                    Number(MeanDifference(run.RandomCover, k)), Number(VerdictRule.AcrossSeeds(run.RandomCover, k)?.P ?? double.NaN),
                    VerdictRule.CalledDirection(run.RandomCover, k).ToString(CultureInfo.InvariantCulture),
                    Number(run.RandomCover is { Seeds.Count: > 0 } random ? random.Seeds[0].P : double.NaN)));
        return text.ToString();
    }

    // The mean difference of the first k seeds (k = 1: the first seed's).
    private static double MeanDifference(ComparisonResult? comparison, int k) =>
        comparison is null || comparison.Seeds.Count < k ? double.NaN : comparison.Seeds.Take(k).Average(seed => seed.Difference);

    private static string Number(double value) => double.IsFinite(value) ? value.ToString("0.######", CultureInfo.InvariantCulture) : "";

    private static string Flag(bool value) => value ? "1" : "0";
}
