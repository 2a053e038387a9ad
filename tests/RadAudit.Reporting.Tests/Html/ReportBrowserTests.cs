using RadAudit.Core;
using RadAudit.Reporting.Html;
using RadAudit.Reporting.Tests.Fixtures;
using RadAudit.Testing;

namespace RadAudit.Reporting.Tests.Html;

[Trait("Category", "Slow")]
public sealed class ReportBrowserTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    /// <summary>Set to a path to keep the screenshot of the report's top (docs/images/report-top.png is made this way).</summary>
    private const string ScreenshotVariable = "RADAUDIT_REPORT_SCREENSHOT";

    /// <summary>Set to a path to keep the sample report's HTML (to look at the whole page).</summary>
    private const string SampleVariable = "RADAUDIT_REPORT_SAMPLE";

    [Fact]
    public async Task Should_load_offline_with_no_console_errors_and_render_every_image()
    {
        // Given the sample report written to a file
        using var folder = new TemporaryFolder();
        var results = SampleResults.Create();
        string path = folder.Combine("report.html");
        ReportBuilder.Write(path, new ReportInput(results, SampleGallery.RocCurves(results), SampleGallery.Create(), SampleGallery.ContactSheet()));

        // When Chromium opens it from a file:// URL
        string screenshot = folder.Combine("report-top.png");
        PageInspection inspection = await PageInspection.OpenAsync(chromium.Browser, path, screenshot);

        // Then nothing failed, nothing was fetched from outside, and every image has pixels
        Assert.Empty(inspection.ConsoleErrors);
        Assert.Empty(inspection.ExternalRequests);
        Assert.Equal(3 * Condition.Names.Count * 2 + 1, inspection.ImageWidths.Count); // 3 images × conditions × (input, overlay) + contact sheet
        Assert.All(inspection.ImageWidths, width => Assert.True(width > 0, "an <img> did not render"));
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is suspiciously small");
        if (Environment.GetEnvironmentVariable(ScreenshotVariable) is { Length: > 0 } keep)
            File.Copy(screenshot, keep, overwrite: true);
        if (Environment.GetEnvironmentVariable(SampleVariable) is { Length: > 0 } sample)
            File.Copy(path, sample, overwrite: true);
    }

    [Fact]
    public async Task Should_catch_a_broken_image_a_script_error_and_an_external_request()
    {
        // Given a page with a corrupt data-URI image, a throwing script and a remote stylesheet (the probe's negative control)
        using var folder = new TemporaryFolder();
        string path = folder.WriteText("broken.html",
            "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"http://127.0.0.1:9/x.css\"></head><body>" +
            "<img src=\"data:image/png;base64,AAAA\"><script>undefinedFunction()</script></body></html>");

        // When Chromium opens it
        PageInspection inspection = await PageInspection.OpenAsync(chromium.Browser, path);

        // Then the probe sees all three problems
        Assert.NotEmpty(inspection.ConsoleErrors);
        Assert.Contains(inspection.ExternalRequests, url => url.StartsWith("http://127.0.0.1:9/", StringComparison.Ordinal));
        Assert.Equal([0], inspection.ImageWidths);
    }
}
