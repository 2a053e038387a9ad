using System.Text;
using RadAudit.Reporting.Results;
using RadAudit.Reporting.Verdict;

namespace RadAudit.Reporting.Html;

/// <summary>Where the label boxes came from; with detection, what the detector found and its contact sheet.</summary>
internal static class DetectionSection
{
    public static void Write(StringBuilder html, MarkerSummary markers, byte[]? contactSheetPng)
    {
        int total = markers.ImagesWithLabels + markers.ImagesWithoutLabels;
        html.Append("<section id=\"markers\"><h2>Burned-in labels</h2><dl class=\"facts\">");
        Html.Fact(html, "Boxes", markers.Source == MarkerSummary.Detected ? "detected by RadAudit" : "given by the user");
        Html.Fact(html, "Boxes file", markers.BoxesFile);
        Html.Fact(html, "Images with labels", $"{VerdictFormat.Count(markers.ImagesWithLabels)} of {VerdictFormat.Count(total)}");
        Html.Fact(html, "Images without labels", VerdictFormat.Count(markers.ImagesWithoutLabels));
        if (markers.ImagesReviewed is int reviewed)
            Html.Fact(html, "Reviewed by a person", $"{VerdictFormat.Count(reviewed)} images (radaudit review)");
        if (markers.Detection is { } detection)
        {
            Html.Fact(html, "Detector", detection.Detector);
            Html.Fact(html, "Images scanned", VerdictFormat.Count(detection.ImagesScanned));
            Html.Fact(html, "Boxes found", VerdictFormat.Count(detection.BoxesFound) + " (" +
                string.Join(", ", detection.BoxesPerKind.Select(pair => $"{pair.Key} {VerdictFormat.Count(pair.Value)}")) + ")");
            Html.Fact(html, "Precision / recall", double.IsFinite(detection.Precision) || double.IsFinite(detection.Recall)
                ? $"{VerdictFormat.Metric(detection.Precision)} / {VerdictFormat.Metric(detection.Recall)} (IoU ≥ 0.5 against ground truth)"
                : "no ground truth available");
        }
        html.Append("</dl>");
        if (contactSheetPng is not null)
            html.Append("<figure class=\"contact\"><img src=\"").Append(Html.PngDataUri(contactSheetPng))
                .Append("\" alt=\"Contact sheet of detected label boxes\"><figcaption>Detected boxes on a sample of images (contact sheet).</figcaption></figure>");
        html.Append("</section>\n");
    }
}
