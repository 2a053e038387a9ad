using System.Globalization;
using RadAudit.Stats.Evaluation;
using Spectre.Console;

namespace RadAudit.Cli.Verbs.Evaluation;

/// <summary>Readable tables of evaluation and comparison results.</summary>
public static class MetricsTable
{
    /// <summary>One row per metric for the whole set.</summary>
    public static Table ForEvaluation(EvaluationResult result) => Build([("all", result)]);

    /// <summary>One compact row per body part (narrow enough for 80 columns with all seven MURA parts).</summary>
    public static Table ForBodyParts(EvaluationResult result)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumn("body part");
        foreach (string column in new[] { "n", "pos", "AUC", "95% CI", "kappa", "sens", "spec" })
            table.AddColumn(new TableColumn(column).RightAligned());
        foreach (var (part, metrics) in result.PerBodyPart)
        {
            string[] cells = [part.Length == 0 ? "(unknown)" : part, metrics.Count.ToString(CultureInfo.InvariantCulture),
                metrics.Positives.ToString(CultureInfo.InvariantCulture), Number(metrics.Auc, "F3"),
                Interval(metrics.AucCi95, "F3"), Number(metrics.Kappa, "F3"), Number(metrics.Sensitivity, "F3"), Number(metrics.Specificity, "F3")];
            table.AddRow(cells.Select(Markup.Escape).ToArray());
        }
        return table;
    }

    /// <summary>Metrics of A and B side by side.</summary>
    public static Table ForComparison(PairedComparison result) => Build([("A", result.A), ("B", result.B)]);

    /// <summary>One line for the paired difference.</summary>
    public static string DifferenceLine(DifferenceSummary difference) =>
        $"AUC A - B = {Number(difference.Auc)}  95% CI [{Number(difference.Ci95[0])}, {Number(difference.Ci95[1])}]" +
        (difference.Ci95Bootstrap is { } boot ? $"  bootstrap [{Number(boot[0])}, {Number(boot[1])}]" : "") +
        $"  z = {Number(difference.Z, "F3")}  p = {PValue(difference.P)}  (paired DeLong)";

    private static Table Build(IReadOnlyList<(string Name, MetricSummary Metrics)> columns)
    {
        var table = new Table().Border(TableBorder.Simple).AddColumn("metric");
        foreach (var (name, _) in columns) table.AddColumn(new TableColumn(Markup.Escape(name)).RightAligned());
        AddRow(table, "n", columns, metrics => metrics.Count.ToString(CultureInfo.InvariantCulture));
        AddRow(table, "positives", columns, metrics => metrics.Positives.ToString(CultureInfo.InvariantCulture));
        AddRow(table, "AUC", columns, metrics => Number(metrics.Auc));
        AddRow(table, "95% CI (DeLong)", columns, metrics => Interval(metrics.AucCi95));
        AddRow(table, "95% CI (bootstrap)", columns, metrics => metrics.AucCi95Bootstrap is null ? "-" : Interval(metrics.AucCi95Bootstrap));
        AddRow(table, "p (AUC = 0.5)", columns, metrics => PValue(metrics.AucPAgainstChance));
        AddRow(table, "kappa", columns, metrics => Number(metrics.Kappa));
        AddRow(table, "sensitivity", columns, metrics => Number(metrics.Sensitivity));
        AddRow(table, "specificity", columns, metrics => Number(metrics.Specificity));
        AddRow(table, "PPV", columns, metrics => Number(metrics.Ppv));
        AddRow(table, "NPV", columns, metrics => Number(metrics.Npv));
        AddRow(table, "accuracy", columns, metrics => Number(metrics.Accuracy));
        AddRow(table, "Youden threshold", columns, metrics => Number(metrics.YoudenThreshold));
        return table;
    }

    private static void AddRow(Table table, string label, IReadOnlyList<(string Name, MetricSummary Metrics)> columns, Func<MetricSummary, string> cell)
        => table.AddRow([label, .. columns.Select(column => Markup.Escape(cell(column.Metrics)))]);

    private static string Interval(double[] limits, string format = "F4") => $"[{Number(limits[0], format)}, {Number(limits[1], format)}]";

    private static string Number(double value, string format = "F4")
        => double.IsNaN(value) ? "n/a" : value.ToString(format, CultureInfo.InvariantCulture);

    private static string PValue(double p) => double.IsNaN(p) ? "n/a" : p < 1e-4 ? p.ToString("E2", CultureInfo.InvariantCulture) : p.ToString("F4", CultureInfo.InvariantCulture);
}
