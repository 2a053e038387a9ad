using System.Globalization;
using System.Text;
using RadAudit.Reporting.Results.Probes;
using RadAudit.Reporting.Verdict;

namespace RadAudit.Reporting.Html;

/// <summary>The model audit's methods paragraph and references.</summary>
internal static class ModelMethodsSection
{
    // The audit's references (Yi 2021, DeLong 1988, Sun & Xu 2014, Efron & Tibshirani 1993, Selvaraju 2017) and the
    // probes' own; Cohen's kappa is not used here.
    private static readonly string[] References =
    [
        .. MethodsText.References.Where(reference => !reference.StartsWith("Cohen", StringComparison.Ordinal)),
        "Adebayo J, Gilmer J, Muelly M, Goodfellow I, Hardt M, Kim B. Sanity checks for saliency maps. NeurIPS. 2018:9505–9515.",
        "Zeiler MD, Fergus R. Visualizing and understanding convolutional networks. ECCV. 2014:818–833.",
        "Petsiuk V, Das A, Saenko K. RISE: randomized input sampling for explanation of black-box models. BMVC. 2018.",
    ];

    public static void Write(StringBuilder html, ModelAuditResults results)
    {
        var config = results.Config;
        var invariant = CultureInfo.InvariantCulture;
        string[] paragraphs =
        [
            $"One trained model ({results.Model.Kind}, {results.Model.Architecture}, {results.Model.ImageSize} px, {results.Model.Channels} channel(s), normalisation {results.Model.Normalisation}, head {results.Model.Head}) " +
            $"scored the {VerdictFormat.Count(config.NImages)} images of the {config.Split} split ({VerdictFormat.Count(config.NStudies)} studies) as given and edited, with no retraining. " +
            $"Label boxes were grown by {config.Margin} px. Covers filled them black (as Yi et al. published), with the image mean, or smoothly from their border; random-cover filled regions of the same sizes placed at random on the image's dark surroundings, off the anatomy and the labels (seed {config.Seed}); labels-only kept the boxes and blacked out the rest.",
            "Image-level AUCs carry DeLong 95% CIs; differences between inputs are paired DeLong tests on the same images, at image level and at study level (study score = mean image probability), " +
            (config.BootstrapResamples > 0 ? $"with paired stratified bootstrap intervals ({config.BootstrapResamples.ToString("N0", invariant)} resamples)." : "without bootstrap."),
            $"The marker swap gave each image the label region of a seeded donor of the other class (same body part where possible), resized with the image and placed where the image's own labels were, or where the donor's were when it had none; decisions are abnormal at probability ≥ {config.Threshold.ToString("0.###", invariant)}.",
            $"Saliency was measured on a fixed, label-balanced sample of {config.SaliencyImages} images (occlusion on {config.OcclusionImages} of them) against the label boxes. " +
            "The sanity check re-initialised the weights from the head down (head; last block; the later half; all layers) and recomputed the maps. The deletion curve removed pixels most salient first.",
        ];
        html.Append("<section id=\"methods\"><h2>Methods</h2><div class=\"methods\">");
        foreach (string paragraph in paragraphs)
            html.Append("<p>").Append(Html.Escape(paragraph)).Append("</p>");
        html.Append("</div><h3>References</h3><ol class=\"references\">");
        foreach (string reference in References)
            html.Append("<li>").Append(Html.Escape(reference)).Append("</li>");
        html.Append("</ol></section>\n");
    }
}
