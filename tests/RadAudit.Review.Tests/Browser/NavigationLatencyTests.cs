using System.Globalization;
using RadAudit.Data.Sets;
using RadAudit.Reporting.Tests.Html;
using RadAudit.Review.Tests.Fixtures;
using RadAudit.Testing;
using Xunit.Abstractions;

namespace RadAudit.Review.Tests.Browser;

[Trait("Category", "Slow")]
public sealed class NavigationLatencyTests(ChromiumFixture chromium, ITestOutputHelper output) : IClassFixture<ChromiumFixture>
{
    /// <summary>A data set to measure instead of the generated one (a folder or manifest), with its boxes file in <see cref="BoxesVariable"/>.</summary>
    private const string DataVariable = "RADAUDIT_REVIEW_LATENCY_DATA";

    private const string BoxesVariable = "RADAUDIT_REVIEW_LATENCY_BOXES";

    /// <summary>Set to a path to keep a screenshot of the page (docs/images/review-page.png is made this way).</summary>
    private const string ScreenshotVariable = "RADAUDIT_REVIEW_SCREENSHOT";

    private const int Presses = 100;

    [Fact]
    public async Task Should_move_to_the_next_image_well_under_100_ms_in_a_2000_image_set()
    {
        // Given 2,000 images with boxes (or the set the variables name) served, and the page open in Chromium
        var folder = new TemporaryFolder();
        await using RunningReview review = Environment.GetEnvironmentVariable(DataVariable) is { Length: > 0 } data
            ? await RunningReview.StartAsync(folder, DataSetOpener.Open(data), Environment.GetEnvironmentVariable(BoxesVariable)!)
            : await RunningReview.StartAsync(folder, DataFor(folder).Open(), folder.Combine("boxes.csv"));
        Assert.True(review.Session.Images.Count >= 1900, $"only {review.Session.Images.Count} images");
        ReviewPage page = await ReviewPage.OpenAsync(chromium.Browser, review.Server.Url.AbsoluteUri);

        // When the person presses → again as soon as each image is drawn
        int drawn = await page.Page.EvaluateAsync<int>("() => window.radauditReview.timings.length");
        for (int press = 0; press < Presses; press++)
        {
            await page.Page.Keyboard.PressAsync("ArrowRight");
            await page.Page.WaitForFunctionAsync($"() => window.radauditReview.timings.length > {drawn + press}");
        }

        // Then the time from key press to the next image drawn (and its frame shown) is well under 100 ms
        double[] timings = (await page.Page.EvaluateAsync<double[]>($"() => window.radauditReview.timings.slice({drawn})")).Order().ToArray();
        Assert.Equal(Presses, timings.Length);
        double median = timings[timings.Length / 2], percentile95 = timings[(int)Math.Ceiling(0.95 * timings.Length) - 1];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{review.Session.Images.Count} images, {Presses} presses of →: median {median:0.0} ms, 95th percentile {percentile95:0.0} ms, max {timings[^1]:0.0} ms"));
        Assert.True(median < 100, $"median {median:0.0} ms");
        Assert.True(percentile95 < 200, $"95th percentile {percentile95:0.0} ms");
        Assert.Empty(page.Errors);
        if (Environment.GetEnvironmentVariable(ScreenshotVariable) is { Length: > 0 } keep)
        {
            // For the docs: a few images reviewed (their dots in the strip), then an unreviewed one with a box selected.
            foreach (string key in new[] { "a", "a", "n", "Tab" }) await page.Page.Keyboard.PressAsync(key);
            await page.WaitSavedAsync();
            await page.Page.ScreenshotAsync(new() { Path = keep });
        }
    }

    private static ReviewDataSet DataFor(TemporaryFolder folder) => ReviewDataSet.Write(folder, 2000, size: 128);
}
