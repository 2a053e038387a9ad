using System.Text;
using RadAudit.Reporting.Results;
using RadAudit.Reporting.Verdict;

namespace RadAudit.Reporting.Html;

/// <summary>Image-level AUC per body part (rows) and condition (columns).</summary>
internal static class BodyPartSection
{
    public static void Write(StringBuilder html, AuditResults results)
    {
        var parts = results.Conditions.Values.SelectMany(condition => condition.PerBodyPart.Keys)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        html.Append("<section id=\"body-parts\"><h2>Per body part</h2>");
        if (parts.Count == 0)
        {
            html.Append("<p class=\"empty\">No body parts were recorded for this data set.</p></section>\n");
            return;
        }
        html.Append("<p class=\"lead\">Image-level AUC (95% CI) on each body part's valid images; n = images / studies of the first condition.</p>")
            .Append("<div class=\"table-wrap\"><table><thead><tr>").Append(Html.HeaderCell("Body part")).Append(Html.HeaderCell("n"));
        foreach (string name in results.Conditions.Keys)
            html.Append(Html.HeaderCell(name));
        html.Append("</tr></thead><tbody>");
        foreach (string part in parts)
            WriteRow(html, results, part);
        html.Append("</tbody></table></div></section>\n");
    }

    private static void WriteRow(StringBuilder html, AuditResults results, string part)
    {
        BodyPartResult? first = results.Conditions.Values
            .Select(condition => condition.PerBodyPart.GetValueOrDefault(part)).FirstOrDefault(result => result is not null);
        html.Append("<tr><th scope=\"row\">").Append(Html.Escape(part)).Append("</th>")
            .Append(Html.Cell(first is null ? "" : $"{VerdictFormat.Count(first.NImages)} / {VerdictFormat.Count(first.NStudies)}", "num"));
        foreach (ConditionResult condition in results.Conditions.Values)
        {
            string text = condition.PerBodyPart.TryGetValue(part, out BodyPartResult? result)
                ? ConditionsSection.WithInterval(result.Auc, result.AucCi95)
                : "—";
            html.Append(Html.Cell(text, "num"));
        }
        html.Append("</tr>");
    }
}
