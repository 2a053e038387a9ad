using System.Text.RegularExpressions;
using RadAudit.Reporting.Html;
using RadAudit.Reporting.Tests.Fixtures;

namespace RadAudit.Reporting.Tests.Html;

public sealed class ModelReportBuilderTests
{
    [Fact]
    public void Should_open_with_the_verdict_then_the_three_probes_in_order()
    {
        // Given a shortcut model's audit
        string html = ModelReportBuilder.Build(new ModelReportInput(SampleProbes.Audit()));

        // Then the sections come in the documented order, and the verdict box is the "detected" one
        string[] order = ["id=\"verdict\"", "id=\"test-time\"", "id=\"swap\"", "id=\"saliency\"", "id=\"markers\"", "id=\"methods\"", "id=\"configuration\""];
        var positions = order.Select(marker => html.IndexOf(marker, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("class=\"verdict detected\"", html);
        Assert.Contains("This model uses the burned-in labels.", html);
        Assert.Contains("Weight-randomisation sanity check: passed", html);
    }

    [Fact]
    public void Should_escape_data_load_nothing_and_be_the_same_bytes_every_time()
    {
        // Given a model path with HTML-special characters
        var input = new ModelReportInput(SampleProbes.Audit());

        // When the report is built twice
        string first = ModelReportBuilder.Build(input), second = ModelReportBuilder.Build(input);

        // Then the path is escaped, nothing points outside the file, there is no script, and the bytes agree
        Assert.Contains("/models/&lt;team&gt; &amp; model.onnx", first);
        Assert.DoesNotContain("<team>", first);
        Assert.DoesNotContain("<script", first, StringComparison.OrdinalIgnoreCase);
        Assert.All(Regex.Matches(first, "(?:src|href)=\"([^\"]*)\"").Select(match => match.Groups[1].Value),
            reference => Assert.True(reference.StartsWith('#') || reference.StartsWith("data:", StringComparison.Ordinal), reference));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Should_say_why_the_sanity_check_did_not_run_for_an_onnx_model_and_colour_a_clean_model_green()
    {
        // Given a model without label use whose weights could not be randomised
        string html = ModelReportBuilder.Build(new ModelReportInput(SampleProbes.Audit(shortcut: false, sanityPassed: null)));

        // Then the box is the clear one and the check is marked not applicable with its reason
        Assert.Contains("class=\"verdict clear\"", html);
        Assert.Contains("Weight-randomisation sanity check: not applicable", html);
        Assert.Contains("cannot be re-initialised here", html);
    }

    [Fact]
    public void Should_add_the_probes_of_the_original_model_to_the_audit_report()
    {
        // Given full audit results with the original model probed
        var results = SampleResults.Create() with { ModelProbes = SampleProbes.Create() };

        // When the audit's report is built
        string html = ReportBuilder.Build(new ReportInput(results, SampleGallery.RocCurves(results), SampleGallery.Create()));

        // Then it has the probes' section after the attention table, with its three parts, and a link to it
        int attention = html.IndexOf("id=\"attention\"", StringComparison.Ordinal), probes = html.IndexOf("id=\"model-probes\"", StringComparison.Ordinal);
        Assert.True(attention >= 0 && probes > attention);
        Assert.Contains("href=\"#model-probes\"", html);
        foreach (string part in new[] { "id=\"probe-test-time\"", "id=\"probe-swap\"", "id=\"probe-saliency\"" })
            Assert.Contains(part, html);
    }
}
