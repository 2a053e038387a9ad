using System.Globalization;
using System.Text;
using RadAudit.Core;

namespace RadAudit.Reporting.Html;

/// <summary>
/// The same valid images side by side for every condition: the input as the model saw it and the Grad-CAM
/// overlay, each with the label boxes outlined by an SVG layer (so the pixels stay untouched).
/// </summary>
internal static class GallerySection
{
    public static void Write(StringBuilder html, IReadOnlyList<GalleryImage> gallery)
    {
        html.Append("<section id=\"gallery\"><h2>Gallery</h2>");
        if (gallery.Count == 0)
        {
            html.Append("<p class=\"empty\">No gallery images were provided.</p></section>\n");
            return;
        }
        html.Append("<p class=\"lead\">The same valid images under each condition: the model's input (left) and its Grad-CAM heat map (right). Label boxes are outlined in cyan.</p>");
        foreach (GalleryImage image in gallery)
            WriteImage(html, image);
        html.Append("</section>\n");
    }

    private static void WriteImage(StringBuilder html, GalleryImage image)
    {
        string label = image.Label switch { 1 => "abnormal", 0 => "normal", _ => "label unknown" };
        html.Append("<article class=\"case\"><h3><code>").Append(Html.Escape(image.Path)).Append("</code>")
            .Append("<span class=\"tag ").Append(image.Label == 1 ? "abnormal" : "normal").Append("\">").Append(Html.Escape(label)).Append("</span>");
        if (image.BodyPart.Length > 0)
            html.Append("<span class=\"tag\">").Append(Html.Escape(image.BodyPart)).Append("</span>");
        html.Append("</h3><div class=\"panels\">");
        foreach (GalleryPanel panel in image.Panels)
            WritePanel(html, image.Path, panel);
        html.Append("</div></article>");
    }

    private static void WritePanel(StringBuilder html, string path, GalleryPanel panel)
    {
        html.Append("<figure class=\"panel\"><div class=\"pair\">");
        WriteFramedImage(html, panel.InputPng, panel.Boxes, $"{path} as the {panel.Condition} model saw it", $"{path} ({panel.Condition} input)");
        if (panel.OverlayPng is not null)
            WriteFramedImage(html, panel.OverlayPng, panel.Boxes, $"Grad-CAM of the {panel.Condition} model on {path}", $"{path} ({panel.Condition} overlay)");
        html.Append("</div><figcaption><strong>").Append(Html.Escape(panel.Condition)).Append("</strong>");
        if (panel.Score is { } score)
            html.Append(" · p(abnormal) = ").Append(Html.Escape(score.ToString("0.00", CultureInfo.InvariantCulture)));
        html.Append("</figcaption></figure>");
    }

    private static void WriteFramedImage(StringBuilder html, byte[] png, IReadOnlyList<LabelBox> boxes, string alt, string source)
    {
        var (width, height, _) = PngHeader.Read(png)
            ?? throw new RadAuditException($"{source}: gallery image is not a PNG; pass PNG bytes for report images.");
        html.Append("<div class=\"frame\"><img src=\"").Append(Html.PngDataUri(png)).Append("\" alt=\"").Append(Html.Escape(alt))
            .Append("\" width=\"").Append(width).Append("\" height=\"").Append(height).Append("\">");
        if (boxes.Count > 0)
        {
            html.Append("<svg class=\"boxes\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height)
                .Append("\" preserveAspectRatio=\"none\" aria-hidden=\"true\">");
            foreach (LabelBox box in boxes)
                html.Append("<rect x=\"").Append(box.X).Append("\" y=\"").Append(box.Y).Append("\" width=\"").Append(box.Width)
                    .Append("\" height=\"").Append(box.Height).Append("\"><title>").Append(Html.Escape(box.Kind)).Append("</title></rect>");
            html.Append("</svg>");
        }
        html.Append("</div>");
    }
}
