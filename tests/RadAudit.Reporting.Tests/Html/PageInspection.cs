using Microsoft.Playwright;

namespace RadAudit.Reporting.Tests.Html;

/// <summary>What a page did when Chromium opened it from a file:// URL.</summary>
/// <param name="ConsoleErrors">Console errors and uncaught page errors.</param>
/// <param name="ExternalRequests">Requests to anything but file: and data: URLs (a self-contained page makes none).</param>
/// <param name="ImageWidths">naturalWidth of every &lt;img&gt; (0 = not rendered).</param>
public sealed record PageInspection(IReadOnlyList<string> ConsoleErrors, IReadOnlyList<string> ExternalRequests, IReadOnlyList<int> ImageWidths)
{
    /// <summary>Opens <paramref name="htmlPath"/> in a fresh page, waits for load, collects the evidence; optionally screenshots the viewport.</summary>
    public static async Task<PageInspection> OpenAsync(IBrowser browser, string htmlPath, string? screenshotPath = null)
    {
        var errors = new List<string>();
        var external = new List<string>();
        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1000 } });
        try
        {
            page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
            page.PageError += (_, error) => errors.Add(error);
            page.Request += (_, request) =>
            {
                if (!request.Url.StartsWith("file:", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                    external.Add(request.Url);
            };
            await page.GotoAsync(new Uri(htmlPath).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            int[] widths = await page.EvalOnSelectorAllAsync<int[]>("img", "images => images.map(image => image.complete ? image.naturalWidth : 0)");
            if (screenshotPath is not null)
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshotPath });
            return new PageInspection(errors, external, widths);
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
