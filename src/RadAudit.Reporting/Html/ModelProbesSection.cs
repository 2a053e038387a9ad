using System.Text;
using RadAudit.Reporting.Results;
using RadAudit.Reporting.Verdict;

namespace RadAudit.Reporting.Html;

/// <summary>The full audit's second design: its original-image model probed without retraining (issue #20).</summary>
internal static class ModelProbesSection
{
    public static void Write(StringBuilder html, AuditResults results)
    {
        if (results.ModelProbes is not { } probes) return;
        html.Append("<section id=\"model-probes\"><h2>The original model, probed without retraining</h2>")
            .Append("<p class=\"lead\">The retraining design above asks whether the labels carry information; this asks whether the trained original-image model (")
            .Append(Html.Escape(probes.Model.Path)).Append(") uses them. <strong>").Append(Html.Escape(ModelProbeVerdict.Headline(probes))).Append("</strong></p>");
        TestTimeSection.Write(html, probes.TestTime, 3, "probe-test-time");
        MarkerSwapSection.Write(html, probes.Counterfactual.Swap, 3, "probe-swap");
        SaliencyChecksSection.Write(html, probes.Saliency, 3, "probe-saliency");
        html.Append("</section>\n");
    }
}
