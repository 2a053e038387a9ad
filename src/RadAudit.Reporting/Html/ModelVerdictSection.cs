using System.Text;
using RadAudit.Reporting.Results.Probes;
using RadAudit.Reporting.Verdict;

namespace RadAudit.Reporting.Html;

/// <summary>The model audit's verdict box: headline coloured by the finding, the sentences, the key figures.</summary>
internal static class ModelVerdictSection
{
    public static void Write(StringBuilder html, ModelProbeResults probes)
    {
        string cssClass = ModelProbeVerdict.Finding(probes) switch
        {
            ShortcutFinding.Detected => "verdict detected",
            ShortcutFinding.NotDetected => "verdict clear",
            _ => "verdict untested",
        };
        html.Append("<section class=\"").Append(cssClass).Append("\" id=\"verdict\"><p class=\"verdict-label\">Verdict</p><h2>")
            .Append(Html.Escape(ModelProbeVerdict.Headline(probes))).Append("</h2><ul class=\"verdict-sentences\">");
        foreach (string sentence in ModelProbeVerdict.Sentences(probes))
            html.Append("<li>").Append(Html.Escape(sentence)).Append("</li>");
        html.Append("</ul><div class=\"figures\">");
        if (probes.TestTime.CoverVsOriginal is { } cover)
            Figure(html, "AUC change from covering", VerdictFormat.Signed(cover.Difference), VerdictFormat.PValue(cover.P));
        if (probes.TestTime.RandomCoverVsOriginal is { } random)
            Figure(html, "… from random cover", VerdictFormat.Signed(random.Difference), VerdictFormat.PValue(random.P));
        if (probes.Counterfactual.Swap is { } swap)
            Figure(html, "Decisions flipped by the swap", VerdictFormat.Percent(swap.FlipRate), $"mean shift {VerdictFormat.Precise(swap.MeanLogitShift)} toward the donor");
        Figure(html, "Attention on labels", VerdictFormat.Percent(probes.Saliency.EnergyInLabels),
            probes.Saliency.Sanity.Passed switch { true => "sanity check passed", false => "sanity check failed", null => "sanity check not applicable" });
        html.Append("</div></section>\n");
    }

    private static void Figure(StringBuilder html, string caption, string value, string detail) =>
        html.Append("<div class=\"figure\"><span class=\"figure-caption\">").Append(Html.Escape(caption))
            .Append("</span><span class=\"figure-value\">").Append(Html.Escape(value))
            .Append("</span><span class=\"figure-detail\">").Append(Html.Escape(detail)).Append("</span></div>");
}
