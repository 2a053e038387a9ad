using System.Globalization;
using System.Text;
using RadAudit.Core;
using RadAudit.Reporting.Results;

namespace RadAudit.Reporting.Html;

/// <summary>The resolved configuration, component versions and the data fingerprint, for reruns and audits of audits.</summary>
internal static class ConfigurationSection
{
    public static void Write(StringBuilder html, AuditResults results)
    {
        AuditConfig config = results.Config;
        var invariant = CultureInfo.InvariantCulture;
        html.Append("<section id=\"configuration\"><h2>Configuration</h2><div class=\"columns\"><dl class=\"facts\">");
        Html.Fact(html, "Data", $"{config.Data} ({config.DataKind})");
        Html.Fact(html, "Train", $"{config.TrainImages.ToString("N0", invariant)} images, {config.TrainStudies.ToString("N0", invariant)} studies");
        Html.Fact(html, "Valid", $"{config.ValidImages.ToString("N0", invariant)} images, {config.ValidStudies.ToString("N0", invariant)} studies");
        Html.Fact(html, "Architecture", $"{config.Architecture} ({StartingWeights.Short(config.Pretrained)})");
        Html.Fact(html, "Input", $"{config.ImageSize} × {config.ImageSize} px");
        Html.Fact(html, "Training", $"{config.Epochs} epochs, batch {config.BatchSize}, Adam lr {config.LearningRate.ToString("G4", invariant)}");
        Html.Fact(html, "Seeds", string.Join(", ", config.Seeds));
        Html.Fact(html, "Conditions", string.Join(", ", config.Conditions));
        Html.Fact(html, "Bootstrap", config.BootstrapResamples > 0 ? $"{config.BootstrapResamples.ToString("N0", invariant)} resamples" : "not run");
        Html.Fact(html, "Saliency sample", $"{config.SaliencyImages.ToString("N0", invariant)} images");
        Html.Fact(html, "Device", config.Device);
        html.Append("</dl><dl class=\"facts\">");
        foreach (var (component, version) in results.Versions)
            Html.Fact(html, component, version, asCode: true);
        Html.Fact(html, "Data fingerprint", results.DataFingerprint, asCode: true);
        html.Append("</dl></div></section>\n");
    }
}
