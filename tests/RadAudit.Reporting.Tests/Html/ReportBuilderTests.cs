using System.Text.RegularExpressions;
using RadAudit.Core;
using RadAudit.Reporting.Html;
using RadAudit.Reporting.Results;
using RadAudit.Reporting.Tests.Fixtures;

namespace RadAudit.Reporting.Tests.Html;

public sealed class ReportBuilderTests
{
    private static string BuildSample(AuditResults? results = null, IReadOnlyList<GalleryImage>? gallery = null)
    {
        results ??= SampleResults.Create();
        return ReportBuilder.Build(new ReportInput(results, SampleGallery.RocCurves(results), gallery ?? SampleGallery.Create()));
    }

    [Fact]
    public void Should_put_the_verdict_before_every_other_section()
    {
        // Given the sample report
        string html = BuildSample();

        // Then the verdict section comes first, and the sections follow in the documented order
        string[] order = ["id=\"verdict\"", "id=\"conditions\"", "id=\"body-parts\"", "id=\"attention\"", "id=\"gallery\"",
            "id=\"markers\"", "id=\"methods\"", "id=\"configuration\""];
        var positions = order.Select(marker => html.IndexOf(marker, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("Labels alone predict abnormality: study-level AUC 0.64 (95% CI 0.61–0.67).", html);
    }

    [Fact]
    public void Should_load_nothing_from_outside_the_file()
    {
        // Given the sample report
        string html = BuildSample();

        // Then no src/href points anywhere but data: URIs or in-page anchors, and no external script or stylesheet
        var references = Regex.Matches(html, "(?:src|href)=\"([^\"]*)\"").Select(match => match.Groups[1].Value).ToList();
        Assert.NotEmpty(references);
        Assert.All(references, reference => Assert.True(
            reference.StartsWith("data:image/png;base64,", StringComparison.Ordinal) || reference.StartsWith('#'),
            $"external reference: {reference[..Math.Min(60, reference.Length)]}"));
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("<svg", html); // the ROC plot is inline
    }

    [Fact]
    public void Should_escape_everything_that_comes_from_data()
    {
        // Given a data path, a version and a gallery path carrying markup
        const string hostile = "<script>alert('x')</script>&";
        AuditResults results = SampleResults.Create();
        results = results with
        {
            Config = results.Config with { Data = hostile },
            Versions = new Dictionary<string, string> { [hostile] = hostile },
        };
        var gallery = SampleGallery.Create().Select(image => image with { Path = hostile, BodyPart = hostile }).ToList();

        // When the report is built
        string html = BuildSample(results, gallery);

        // Then the markup appears only escaped
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;", html);
    }

    [Fact]
    public void Should_show_each_condition_of_each_gallery_image_with_its_boxes_outlined()
    {
        // Given three gallery images with every condition each
        string html = BuildSample();

        // Then there are 3 × conditions × 2 images, and box outlines sized in the image's own pixels
        Assert.Equal(3 * Condition.Names.Count * 2, Regex.Matches(html, "<img ").Count);
        Assert.Contains("viewBox=\"0 0 120 150\"", html);
        Assert.Contains("<rect x=\"8\" y=\"10\" width=\"22\" height=\"26\"><title>laterality</title></rect>", html);
    }

    [Fact]
    public void Should_say_so_when_saliency_and_gallery_are_missing()
    {
        // Given results without saliency and no gallery
        AuditResults results = SampleResults.Create() with { Saliency = new Dictionary<string, SaliencyResult>() };

        // When the report is built
        string html = BuildSample(results, []);

        // Then both sections explain the absence instead of disappearing
        Assert.Contains("Saliency was not computed for this audit", html);
        Assert.Contains("No gallery images were provided.", html);
    }

    [Fact]
    public void Should_reject_gallery_bytes_that_are_not_png()
    {
        // Given a panel whose input is not a PNG
        var panel = new GalleryPanel(Condition.Original.Name, [1, 2, 3], null, [], null);
        var gallery = new[] { new GalleryImage("a.png", 1, "XR_HAND", [panel]) };

        // Then building fails with a message naming the image
        var error = Assert.Throws<RadAuditException>(() => BuildSample(gallery: gallery));
        Assert.Contains("a.png", error.Message);
    }

    [Fact]
    public void Should_build_identical_html_from_identical_input()
    {
        Assert.Equal(BuildSample(), BuildSample());
    }
}
