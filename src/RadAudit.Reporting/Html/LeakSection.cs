using System.Text;
using RadAudit.Reporting.Results;
using RadAudit.Reporting.Verdict;

namespace RadAudit.Reporting.Html;

/// <summary>The leak checks (issue #21): the labels-geometry control and each box statistic's AUC on its own, so a
/// reader sees whether labels-only reads the labels or something under or around them.</summary>
internal static class LeakSection
{
    public static void Write(StringBuilder html, AuditResults results)
    {
        if (results.LeakChecks is not LeakChecks leaks) return;
        html.Append("<section id=\"leaks\"><h2>Leak checks</h2><p class=\"lead\">Does the labels-only input carry anything but the labels? ")
            .Append("Each row is one simple quantity taken alone as a score for abnormal on the valid studies (a study scored by the mean over its images); an interval that excludes 0.5 ")
            .Append("means it predicts the class by itself. Placement and the labels' look are still the labels; only what lies under them is a leak.</p>")
            .Append("<div class=\"table-wrap\"><table><thead><tr>").Append(Html.HeaderCell("Check")).Append(Html.HeaderCell("What it measures")).Append(Html.HeaderCell("Looks at"))
            .Append(Html.HeaderCell("Study-level AUC (95% CI)")).Append(Html.HeaderCell("Studies")).Append(Html.HeaderCell("Beats chance")).Append("</tr></thead><tbody>");
        if (leaks.LabelsGeometryVsChance is ChanceComparison geometry)
            Row(html, "labels-geometry model", "a model trained on the boxes filled uniformly (placement and size only)", BoxStatistic.Placement, geometry.Auc, geometry.AucCi95,
                results.Conditions.TryGetValue(RadAudit.Core.Condition.LabelsGeometry.Name, out ConditionResult? condition) ? condition.NStudies : 0,
                geometry.IsAboveChance || geometry.IsBelowChance);
        foreach (BoxStatistic statistic in leaks.BoxStatistics)
            Row(html, statistic.Name.Replace('_', ' '), statistic.Description, statistic.Kind, statistic.Auc, statistic.AucCi95, statistic.NStudies, statistic.BeatsChance);
        html.Append("</tbody></table></div></section>\n");
    }

    private static void Row(StringBuilder html, string check, string description, string kind, double auc, ConfidenceInterval interval, int studies, bool beats) =>
        html.Append("<tr><th scope=\"row\">").Append(Html.Escape(check)).Append("</th>")
            .Append(Html.Cell(description))
            .Append(Html.Cell(kind))
            .Append(Html.Cell(ConditionsSection.WithInterval(auc, interval), "num"))
            .Append(Html.Cell(VerdictFormat.Count(studies), "num"))
            .Append(Html.Cell(beats ? "yes" : "no"))
            .Append("</tr>");
}
