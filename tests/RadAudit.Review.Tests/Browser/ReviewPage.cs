using System.Text.Json;
using Microsoft.Playwright;
using RadAudit.Core;
using RadAudit.Data.Reviews;

namespace RadAudit.Review.Tests.Browser;

/// <summary>
/// The review page in Chromium, with what it did (console errors, requests to anywhere but its server) and the
/// state it shows, read through the test hook <c>window.radauditReview</c>.
/// </summary>
internal sealed class ReviewPage(IPage page, string origin)
{
    /// <summary>Console errors and uncaught page errors.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Requests to anything but the review's own server.</summary>
    public List<string> ElsewhereRequests { get; } = [];

    public IPage Page => page;

    /// <summary>Opens <paramref name="url"/> in a fresh 1280×900 page and waits until the first image is drawn.</summary>
    public static async Task<ReviewPage> OpenAsync(IBrowser browser, string url)
    {
        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var review = new ReviewPage(page, new Uri(url).GetLeftPart(UriPartial.Authority));
        page.Console += (_, message) => { if (message.Type == "error") review.Errors.Add($"{message.Text} ({message.Location})"); };
        page.PageError += (_, error) => review.Errors.Add(error);
        page.Request += (_, request) => { if (!request.Url.StartsWith(review.Origin + "/", StringComparison.Ordinal)) review.ElsewhereRequests.Add(request.Url); };
        await page.GotoAsync(url);
        await review.WaitReadyAsync();
        return review;
    }

    private string Origin => origin;

    public async Task WaitReadyAsync() =>
        await page.WaitForFunctionAsync("() => window.radauditReview && window.radauditReview.ready && window.radauditReview.timings.length > 0");

    /// <summary>Waits until every edit the page made has been acknowledged (is on disk).</summary>
    public async Task WaitSavedAsync() => await page.WaitForFunctionAsync("() => window.radauditReview.pending() === 0");

    public Task<int> CurrentIndexAsync() => page.EvaluateAsync<int>("() => window.radauditReview.currentIndex()");

    public Task<string> ErrorAsync() => page.EvaluateAsync<string>("() => window.radauditReview.error()");

    /// <summary>Every image's path, status and boxes as the page shows them.</summary>
    public async Task<IReadOnlyList<(string Path, ReviewStatus Status, IReadOnlyList<LabelBox> Boxes)>> ImagesAsync()
    {
        JsonElement images = await page.EvaluateAsync<JsonElement>("() => window.radauditReview.images()");
        return images.EnumerateArray().Select(image =>
        {
            string path = image.GetProperty("path").GetString()!;
            var boxes = image.GetProperty("boxes").EnumerateArray().Select(box => new LabelBox(path,
                box.GetProperty("x").GetInt32(), box.GetProperty("y").GetInt32(), box.GetProperty("width").GetInt32(), box.GetProperty("height").GetInt32(),
                box.GetProperty("kind").GetString()!, box.GetProperty("score").ValueKind == JsonValueKind.Number ? box.GetProperty("score").GetDouble() : null)).ToList();
            return (path, ReviewStatuses.Parse(image.GetProperty("status").GetString()!), (IReadOnlyList<LabelBox>)boxes);
        }).ToList();
    }

    /// <summary>The answers the server gave, in order (path, status after the edit).</summary>
    public async Task<IReadOnlyList<(string Path, ReviewStatus Status)>> AnswersAsync()
    {
        JsonElement answers = await page.EvaluateAsync<JsonElement>("() => window.radauditReview.answers()");
        return answers.EnumerateArray().Select(answer => (answer.GetProperty("path").GetString()!, ReviewStatuses.Parse(answer.GetProperty("status").GetString()!))).ToList();
    }

    /// <summary>The current image's boxes.</summary>
    public async Task<IReadOnlyList<LabelBox>> CurrentBoxesAsync()
    {
        int index = await CurrentIndexAsync();
        return (await ImagesAsync())[index].Boxes;
    }

    /// <summary>Drags the mouse from one image point to another (image pixels of the current image).</summary>
    public async Task DragAsync(double fromX, double fromY, double toX, double toY)
    {
        var (startX, startY) = await ScreenAsync(fromX, fromY);
        var (endX, endY) = await ScreenAsync(toX, toY);
        await page.Mouse.MoveAsync(startX, startY);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(endX, endY, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.UpAsync();
    }

    private async Task<(float X, float Y)> ScreenAsync(double x, double y)
    {
        JsonElement point = await page.EvaluateAsync<JsonElement>($"() => window.radauditReview.toScreen({x.ToString(System.Globalization.CultureInfo.InvariantCulture)}, {y.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
        return ((float)point.GetProperty("x").GetDouble(), (float)point.GetProperty("y").GetDouble());
    }
}
