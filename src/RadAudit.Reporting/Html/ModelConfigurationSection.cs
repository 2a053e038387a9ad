using System.Globalization;
using System.Text;
using RadAudit.Reporting.Results.Probes;

namespace RadAudit.Reporting.Html;

/// <summary>The model audited, the resolved configuration, versions and the data fingerprint.</summary>
internal static class ModelConfigurationSection
{
    public static void Write(StringBuilder html, ModelAuditResults results)
    {
        ProbedModel model = results.Model;
        ModelAuditConfig config = results.Config;
        var invariant = CultureInfo.InvariantCulture;
        html.Append("<section id=\"configuration\"><h2>Model and configuration</h2><div class=\"columns\"><dl class=\"facts\">");
        Html.Fact(html, "Model", $"{model.Path} ({model.Kind})", asCode: true);
        Html.Fact(html, "Architecture", model.Architecture);
        Html.Fact(html, "Input", $"{model.ImageSize} × {model.ImageSize} px, {model.Channels} channel(s), normalisation {model.Normalisation}");
        Html.Fact(html, "Head", model.Head);
        Html.Fact(html, "Runtime", model.Runtime);
        Html.Fact(html, "Gradients", model.Gradients ? "yes (Grad-CAM, randomisation check)" : "no (occlusion only)");
        foreach (string note in model.Notes) Html.Fact(html, "Note", note);
        Html.Fact(html, "Data", $"{config.Data} ({config.DataKind}), split {config.Split}");
        Html.Fact(html, "Images", $"{config.NImages.ToString("N0", invariant)} images, {config.NStudies.ToString("N0", invariant)} studies");
        Html.Fact(html, "Bootstrap", config.BootstrapResamples > 0 ? $"{config.BootstrapResamples.ToString("N0", invariant)} resamples" : "not run");
        Html.Fact(html, "Seed", config.Seed.ToString(invariant));
        Html.Fact(html, "Device", config.Device);
        html.Append("</dl><dl class=\"facts\">");
        foreach (var (component, version) in results.Versions)
            Html.Fact(html, component, version, asCode: true);
        Html.Fact(html, "Data fingerprint", results.DataFingerprint, asCode: true);
        html.Append("</dl></div></section>\n");
    }
}
