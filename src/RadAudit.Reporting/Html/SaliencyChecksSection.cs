using System.Globalization;
using System.Text;
using RadAudit.Reporting.Results.Probes;
using RadAudit.Reporting.Verdict;

namespace RadAudit.Reporting.Html;

/// <summary>A trained model's label attention, the randomisation sanity check and the deletion curve.</summary>
internal static class SaliencyChecksSection
{
    public static void Write(StringBuilder html, ModelSaliencyResults saliency, int level, string id)
    {
        Heading.Open(html, level, id, "Saliency, with its checks");
        html.Append("<p class=\"lead\">Where the model looks on the fixed sample of valid images with labels (enrichment = share of energy on the labels ÷ their share of the area). ")
            .Append("Saliency counts as evidence only if it changes when the weights are randomised (Adebayo et al. 2018).</p>")
            .Append("<div class=\"table-wrap\"><table><thead><tr>");
        foreach (string header in new[] { "Method", "Energy on labels (95% CI)", "Label area", "Enrichment (95% CI)", "Peak on a label", "Images" })
            html.Append(Html.HeaderCell(header));
        html.Append("</tr></thead><tbody>");
        foreach (var (method, figures) in saliency.Methods)
            html.Append("<tr><th scope=\"row\">").Append(Html.Escape(ModelProbeVerdict.MethodName(method))).Append("</th>")
                .Append(Html.Cell($"{VerdictFormat.Percent(figures.EnergyInLabels)} ({VerdictFormat.Percent(figures.EnergyInLabelsCi95.Lower)}–{VerdictFormat.Percent(figures.EnergyInLabelsCi95.Upper)})", "num"))
                .Append(Html.Cell(VerdictFormat.Percent(figures.LabelAreaFraction), "num"))
                .Append(Html.Cell($"{VerdictFormat.Times(figures.Enrichment)} ({VerdictFormat.Times(figures.EnrichmentCi95.Lower)}–{VerdictFormat.Times(figures.EnrichmentCi95.Upper)})", "num"))
                .Append(Html.Cell(VerdictFormat.Percent(figures.PeakInLabelRate), "num"))
                .Append(Html.Cell(VerdictFormat.Count(figures.NImages), "num")).Append("</tr>");
        html.Append("</tbody></table></div>");
        WriteSanity(html, saliency.Sanity, level + 1);
        if (saliency.Deletion is { } deletion) WriteDeletion(html, deletion, level + 1);
        Heading.Close(html, level);
    }

    private static void WriteSanity(StringBuilder html, SanityCheckResult sanity, int level)
    {
        string outcome = sanity.Passed switch
        {
            true => "passed",
            false => "failed",
            null => "not applicable",
        };
        html.Append($"<h{level}>Weight-randomisation sanity check: ").Append(Html.Escape(outcome)).Append($"</h{level}>");
        if (sanity.Passed is null)
        {
            html.Append("<p class=\"empty\">").Append(Html.Escape(sanity.NotApplicable)).Append(".</p>");
            return;
        }
        html.Append("<p class=\"lead\">").Append(Html.Escape(ModelProbeVerdict.MethodName(sanity.Method))).Append(" after re-initialising the layers from the head down. Rule: ")
            .Append(Html.Escape(sanity.Rule)).Append(".</p><div class=\"table-wrap\"><table><thead><tr>");
        foreach (string header in new[] { "Randomised", "Layers", "Energy on labels (95% CI)", "Rank correlation with trained", "Changed" })
            html.Append(Html.HeaderCell(header));
        html.Append("</tr></thead><tbody>");
        foreach (RandomisationStage stage in sanity.Stages)
            html.Append("<tr><th scope=\"row\">").Append(Html.Escape(stage.Stage)).Append("</th>")
                .Append(Html.Cell(VerdictFormat.Count(stage.LayersRandomised), "num"))
                .Append(Html.Cell($"{VerdictFormat.Percent(stage.EnergyInLabels)} ({VerdictFormat.Percent(stage.EnergyInLabelsCi95.Lower)}–{VerdictFormat.Percent(stage.EnergyInLabelsCi95.Upper)})", "num"))
                .Append(Html.Cell(VerdictFormat.Metric(stage.RankCorrelation), "num"))
                .Append(Html.Cell(stage.Changed ? "yes" : "no", "num")).Append("</tr>");
        html.Append("</tbody></table></div>");
    }

    private static void WriteDeletion(StringBuilder html, DeletionCurveResult deletion, int level)
    {
        html.Append($"<h{level}>Deletion curve</h{level}><p class=\"lead\">Mean |Δlogit| when pixels are set to the image mean: the most salient first (")
            .Append(Html.Escape(ModelProbeVerdict.MethodName(deletion.Method))).Append("), against the label pixels (")
            .Append(Html.Escape(VerdictFormat.Percent(deletion.LabelAreaFraction))).Append(" of the image) and as many salient or random pixels; ")
            .Append(VerdictFormat.Count(deletion.NImages)).Append(" images.</p><div class=\"table-wrap\"><table><thead><tr>");
        foreach (string header in new[] { "Pixels removed", "Mean |Δlogit|" })
            html.Append(Html.HeaderCell(header));
        html.Append("</tr></thead><tbody>");
        foreach (DeletionPoint point in deletion.Salient)
            Row(html, $"top {point.Fraction.ToString("0%", CultureInfo.InvariantCulture)} salient", point.MeanAbsoluteLogitChange);
        Row(html, "the label pixels", deletion.LabelChange);
        Row(html, "as many top-salient pixels", deletion.SalientChangeAtLabelArea);
        Row(html, "as many random pixels", deletion.RandomChangeAtLabelArea);
        html.Append("</tbody></table></div>");
    }

    private static void Row(StringBuilder html, string label, double value) =>
        html.Append("<tr><th scope=\"row\">").Append(Html.Escape(label)).Append("</th>").Append(Html.Cell(VerdictFormat.Precise(value), "num")).Append("</tr>");
}
