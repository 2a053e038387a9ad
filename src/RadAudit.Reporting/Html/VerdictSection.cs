using System.Text;
using RadAudit.Core;
using RadAudit.Reporting.Results;
using RadAudit.Reporting.Verdict;

namespace RadAudit.Reporting.Html;

/// <summary>The verdict box that opens the report: headline coloured by the finding, then the sentences.</summary>
internal static class VerdictSection
{
    public static void Write(StringBuilder html, AuditResults results)
    {
        ShortcutFinding finding = VerdictWriter.Finding(results);
        string cssClass = finding switch
        {
            ShortcutFinding.Detected => "verdict detected",
            ShortcutFinding.NotDetected => "verdict clear",
            _ => "verdict untested",
        };
        html.Append("<section class=\"").Append(cssClass).Append("\" id=\"verdict\">")
            .Append("<p class=\"verdict-label\">Verdict</p>")
            .Append("<h2>").Append(Html.Escape(VerdictWriter.Headline(results))).Append("</h2>");
        // One sentence per line reads faster than the paragraph stored in results.json; both come from VerdictWriter.
        html.Append("<ul class=\"verdict-sentences\">");
        foreach (string sentence in VerdictWriter.Sentences(results))
            html.Append("<li>").Append(Html.Escape(sentence)).Append("</li>");
        html.Append("</ul>");
        WriteKeyFigures(html, results);
        html.Append("</section>\n");
    }

    private static void WriteKeyFigures(StringBuilder html, AuditResults results)
    {
        html.Append("<div class=\"figures\">");
        if (results.LabelsOnlyVsChance is { } chance)
            Figure(html, "Labels-only AUC", VerdictFormat.Metric(chance.Auc), "95% CI " + VerdictFormat.Range(chance.AucCi95));
        if (results.Comparisons.OriginalVsCover is { } cover)
            Figure(html, "AUC change from covering", VerdictFormat.Signed(cover.Difference), VerdictFormat.PValue(cover.P));
        if (results.Saliency.TryGetValue(Condition.Original.Name, out SaliencyResult? saliency))
            Figure(html, "Attention on labels", VerdictFormat.Percent(saliency.EnergyInLabels),
                $"labels cover {VerdictFormat.Percent(saliency.LabelAreaFraction)} of the image");
        html.Append("</div>");
    }

    private static void Figure(StringBuilder html, string caption, string value, string detail) =>
        html.Append("<div class=\"figure\"><span class=\"figure-caption\">").Append(Html.Escape(caption))
            .Append("</span><span class=\"figure-value\">").Append(Html.Escape(value))
            .Append("</span><span class=\"figure-detail\">").Append(Html.Escape(detail)).Append("</span></div>");
}
