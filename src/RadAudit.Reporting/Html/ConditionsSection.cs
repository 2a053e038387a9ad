using System.Text;
using RadAudit.Core;
using RadAudit.Reporting.Results;
using RadAudit.Reporting.Verdict;

namespace RadAudit.Reporting.Html;

/// <summary>The conditions table, the paired comparisons and the ROC plot.</summary>
internal static class ConditionsSection
{
    public static void Write(StringBuilder html, AuditResults results, IReadOnlyList<RocPlotSeries> curves)
    {
        bool severalSeeds = results.Config.Seeds.Count > 1;
        html.Append("<section id=\"conditions\"><h2>Conditions</h2>")
            .Append("<p class=\"lead\">Each condition is a model trained with the same split, hyperparameters and seeds; only its input differs. ")
            .Append("Image-level AUC with DeLong 95% CI; study-level calls (mean image probability ≥ 0.5) for kappa, sensitivity and specificity.</p>")
            .Append("<div class=\"table-wrap\"><table><thead><tr>");
        foreach (string header in Headers(severalSeeds))
            html.Append(Html.HeaderCell(header));
        html.Append("</tr></thead><tbody>");
        foreach (var (name, condition) in results.Conditions)
            WriteRow(html, name, condition, severalSeeds);
        html.Append("</tbody></table></div>");
        WriteComparisons(html, results.Comparisons);
        if (curves.Count > 0)
            html.Append("<figure class=\"plot\">").Append(RocPlot.Svg(curves))
                .Append("<figcaption>Image-level ROC curves on the valid split (first seed).</figcaption></figure>");
        html.Append("</section>\n");
    }

    private static IEnumerable<string> Headers(bool severalSeeds)
    {
        string[] headers = ["Condition", "AUC (95% CI)", "Study AUC (95% CI)", "Kappa", "Sensitivity", "Specificity", "Images", "Studies"];
        return severalSeeds ? headers.Append("AUC over seeds (mean ± sd)") : headers;
    }

    private static void WriteRow(StringBuilder html, string name, ConditionResult condition, bool severalSeeds)
    {
        html.Append("<tr><th scope=\"row\">").Append(Html.Escape(name)).Append("<span class=\"note\">")
            .Append(Html.Escape(Condition.Find(name)?.Summary ?? name)).Append("</span></th>")
            .Append(Html.Cell(WithInterval(condition.Auc, condition.AucCi95), "num"))
            .Append(Html.Cell(WithInterval(condition.StudyAuc, condition.StudyAucCi95), "num"))
            .Append(Html.Cell(VerdictFormat.Metric(condition.Kappa), "num"))
            .Append(Html.Cell(VerdictFormat.Metric(condition.Sensitivity), "num"))
            .Append(Html.Cell(VerdictFormat.Metric(condition.Specificity), "num"))
            .Append(Html.Cell(VerdictFormat.Count(condition.NImages), "num"))
            .Append(Html.Cell(VerdictFormat.Count(condition.NStudies), "num"));
        if (severalSeeds)
        {
            var values = condition.Seeds.Select(seed => seed.Auc).ToList();
            html.Append(Html.Cell($"{VerdictFormat.MeanAndSd(values, VerdictFormat.Precise)} ({string.Join(", ", values.Select(VerdictFormat.Metric))})", "num"));
        }
        html.Append("</tr>");
    }

    internal static string WithInterval(double value, ConfidenceInterval interval) =>
        $"{VerdictFormat.Metric(value)} ({VerdictFormat.Range(interval)})";

    private static void WriteComparisons(StringBuilder html, ComparisonSet comparisons)
    {
        ComparisonResult?[] rows = [comparisons.OriginalVsCover, comparisons.RandomCoverVsOriginal];
        if (rows.All(row => row is null))
            return;
        html.Append("<h3>Paired comparisons</h3><div class=\"table-wrap\"><table><thead><tr>");
        foreach (string header in new[] { "Comparison", "ΔAUC", "DeLong 95% CI", "z", "p", "Bootstrap 95% CI", "Per seed" })
            html.Append(Html.HeaderCell(header));
        html.Append("</tr></thead><tbody>");
        foreach (ComparisonResult comparison in rows.OfType<ComparisonResult>())
            html.Append("<tr><th scope=\"row\">").Append(Html.Escape($"{comparison.Condition} − {comparison.Baseline}")).Append("</th>")
                .Append(Html.Cell(VerdictFormat.Signed(comparison.Difference), "num"))
                .Append(Html.Cell(VerdictFormat.SignedRange(comparison.Ci95), "num"))
                .Append(Html.Cell(double.IsFinite(comparison.Z) ? comparison.Z.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "n/a", "num"))
                .Append(Html.Cell(VerdictFormat.PValue(comparison.P).Replace("p ", "", StringComparison.Ordinal).Replace("= ", "", StringComparison.Ordinal), "num"))
                .Append(Html.Cell(VerdictFormat.SignedRange(comparison.BootstrapCi95), "num"))
                .Append(Html.Cell(string.Join(", ", comparison.Seeds.Select(seed => VerdictFormat.Signed(seed.Difference))), "num"))
                .Append("</tr>");
        html.Append("</tbody></table></div>");
    }
}
