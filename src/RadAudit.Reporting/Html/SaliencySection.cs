using System.Text;
using RadAudit.Reporting.Results;
using RadAudit.Reporting.Verdict;

namespace RadAudit.Reporting.Html;

/// <summary>The label-attention table: how much Grad-CAM energy each condition's model put on the label boxes.</summary>
internal static class SaliencySection
{
    public static void Write(StringBuilder html, AuditResults results)
    {
        html.Append("<section id=\"attention\"><h2>Attention on the labels</h2>");
        if (results.Saliency.Count == 0)
        {
            html.Append("<p class=\"empty\">Saliency was not computed for this audit, so where the models looked is unknown.</p></section>\n");
            return;
        }
        html.Append("<p class=\"lead\">Grad-CAM on a fixed sample of valid images with labels. Enrichment = share of energy on the labels ÷ share of area they cover; 1× means no preference for the labels.</p>")
            .Append("<div class=\"table-wrap\"><table><thead><tr>");
        foreach (string header in new[] { "Condition", "Energy on labels", "Label area", "Enrichment", "Peak on a label", "Images" })
            html.Append(Html.HeaderCell(header));
        html.Append("</tr></thead><tbody>");
        foreach (var (name, saliency) in results.Saliency)
        {
            html.Append("<tr><th scope=\"row\">").Append(Html.Escape(name)).Append("</th>")
                .Append("<td class=\"num\">").Append(Bar(saliency.EnergyInLabels)).Append(Html.Escape(VerdictFormat.Percent(saliency.EnergyInLabels))).Append("</td>")
                .Append(Html.Cell(VerdictFormat.Percent(saliency.LabelAreaFraction), "num"))
                .Append(Html.Cell(VerdictFormat.Times(saliency.Enrichment), "num"))
                .Append(Html.Cell(VerdictFormat.Percent(saliency.PeakInLabelRate), "num"))
                .Append(Html.Cell(VerdictFormat.Count(saliency.NImages), "num"))
                .Append("</tr>");
        }
        html.Append("</tbody></table></div></section>\n");
    }

    // A tiny inline bar makes the energy share comparable at a glance without another plot.
    private static string Bar(double fraction)
    {
        double percent = double.IsFinite(fraction) ? Math.Clamp(fraction, 0, 1) * 100 : 0;
        return $"<span class=\"bar\"><span style=\"width:{percent.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)}%\"></span></span>";
    }
}
