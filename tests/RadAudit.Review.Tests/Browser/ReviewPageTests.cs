using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Reviews;
using RadAudit.Reporting.Tests.Html;
using RadAudit.Review.Tests.Fixtures;
using RadAudit.Testing;

namespace RadAudit.Review.Tests.Browser;

[Trait("Category", "Slow")]
public sealed class ReviewPageTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Should_edit_in_the_browser_keep_page_and_out_in_agreement_and_lose_nothing_when_killed()
    {
        // Given the real `radaudit review` serving 30 images, and its page in Chromium
        using var folder = new TemporaryFolder();
        var set = ReviewDataSet.Write(folder, 30);
        string outFile = folder.Combine("reviewed.csv");
        string[] arguments = ["review", "--data", set.Manifest, "--boxes", set.BoxesFile, "--out", outFile, "--no-browser"];
        await using var server = CliProcess.Start(arguments);
        ReviewPage page = await ReviewPage.OpenAsync(chromium.Browser, await server.WaitForUrlAsync());

        // When the person draws a box on the first image (it has none) and makes it initials with the keyboard
        Assert.Empty(await page.CurrentBoxesAsync());
        await page.DragAsync(10, 12, 40, 36);
        await page.Page.Keyboard.PressAsync("2");
        await page.WaitSavedAsync();
        int drawnOn = await page.CurrentIndexAsync();
        var drawn = Assert.Single(await page.CurrentBoxesAsync());
        Assert.Equal((LabelKinds.Initials, (double?)null), (drawn.Kind, drawn.Score));
        Assert.InRange(drawn.Width, 28, 32);

        // And, on the next image with several boxes, moves the first, resizes it, and deletes the second
        do await page.Page.Keyboard.PressAsync("ArrowRight");
        while ((await page.CurrentBoxesAsync()).Count < 2);
        int editedOn = await page.CurrentIndexAsync();
        var before = await page.CurrentBoxesAsync();
        await page.DragAsync(before[0].X + before[0].Width / 2.0, before[0].Y + before[0].Height / 2.0,
            before[0].X + before[0].Width / 2.0 + 6, before[0].Y + before[0].Height / 2.0 + 5);
        await page.WaitSavedAsync();
        var moved = (await page.CurrentBoxesAsync())[0];
        await page.DragAsync(moved.Right, moved.Bottom, moved.Right + 4, moved.Bottom + 3);
        await page.Page.Keyboard.PressAsync("Tab");
        await page.Page.Keyboard.PressAsync("Delete");
        await page.WaitSavedAsync();
        var after = await page.CurrentBoxesAsync();
        Assert.Equal(before.Count - 1, after.Count);
        Assert.InRange(after[0].X - before[0].X, 5, 7);
        Assert.InRange(after[0].Y - before[0].Y, 4, 6);
        Assert.InRange(after[0].Width - before[0].Width, 3, 5);
        Assert.Equal(before.Skip(2).Select(box => box with { Score = null }), after.Skip(1));

        // And accepts the next image as is, marks the one after as having no label, and undoes that
        await page.Page.Keyboard.PressAsync("ArrowRight");
        int acceptedOn = await page.CurrentIndexAsync();
        await page.Page.Keyboard.PressAsync("Enter");
        int undoneOn = await page.CurrentIndexAsync();
        await page.Page.Keyboard.PressAsync("n");
        await page.Page.Keyboard.PressAsync("u");
        await page.WaitSavedAsync();

        // Then the page shows each status, and the page, --out and the journal agree, before and after a reload
        var shown = await page.ImagesAsync();
        Assert.Equal([ReviewStatus.Edited, ReviewStatus.Edited, ReviewStatus.ReviewedAsIs, ReviewStatus.Unreviewed],
            new[] { drawnOn, editedOn, acceptedOn, undoneOn }.Select(index => shown[index].Status));
        Assert.Equal(set.Boxes.Where(box => box.Path == set.Paths[undoneOn]), shown[undoneOn].Boxes);
        AssertAgree(shown, set, outFile);
        await page.Page.ReloadAsync();
        await page.WaitReadyAsync();
        Assert.Equal(undoneOn, await page.CurrentIndexAsync()); // the address keeps the image shown
        AssertAgree(await page.ImagesAsync(), set, outFile);
        Assert.Equal("", await page.ErrorAsync());

        Assert.True(page.Errors.Count == 0, string.Join("\n", page.Errors));

        // When the person accepts six images as fast as keys repeat and the server is killed while they are saved
        int answered = (await page.AnswersAsync()).Count;
        for (int press = 0; press < 6; press++) await page.Page.Keyboard.PressAsync("a");
        await page.Page.WaitForFunctionAsync($"() => window.radauditReview.answers().length >= {answered + 2}");
        await server.KillAsync();

        // Then every edit the server acknowledged is in the journal, and --out is exactly the journal replayed over the input
        var acknowledged = (await page.AnswersAsync()).Skip(answered).ToList();
        var journal = ReviewJournal.Read(ReviewJournal.PathFor(outFile));
        var lastStatus = journal.GroupBy(entry => entry.Path).ToDictionary(group => group.Key, group => group.Last().Status);
        Assert.All(acknowledged, answer => Assert.Equal(ReviewStatus.ReviewedAsIs, lastStatus[answer.Path]));
        var replayed = ReviewState.Replay(set.Paths, set.Boxes, journal);
        Assert.Equal(replayed.AllBoxes(), BoxFiles.Read(outFile));

        // And a restarted review on the same --out shows exactly that, and stops cleanly on SIGTERM
        await using var restarted = CliProcess.Start(arguments);
        ReviewPage again = await ReviewPage.OpenAsync(chromium.Browser, await restarted.WaitForUrlAsync());
        var resumed = await again.ImagesAsync();
        Assert.Equal(Enumerable.Range(0, set.Paths.Count).Select(replayed.StatusOf), resumed.Select(image => image.Status));
        AssertAgree(resumed, set, outFile);
        Assert.Empty(again.Errors);
        Assert.Empty(page.ElsewhereRequests.Concat(again.ElsewhereRequests));
        await again.Page.CloseAsync();
        await page.Page.CloseAsync();
        Assert.Equal(0, await restarted.TerminateAsync());
        Assert.Contains($"{replayed.ReviewedCount} of {set.Paths.Count} images reviewed", restarted.Output);
    }

    /// <summary>The page's boxes are --out's, image by image, and its statuses are the journal's.</summary>
    private static void AssertAgree(IReadOnlyList<(string Path, ReviewStatus Status, IReadOnlyList<LabelBox> Boxes)> shown, ReviewDataSet set, string outFile)
    {
        var written = new BoxIndex(BoxFiles.Read(outFile));
        var state = ReviewState.Replay(set.Paths, set.Boxes, ReviewJournal.Read(ReviewJournal.PathFor(outFile)));
        Assert.Equal(set.Paths, shown.Select(image => image.Path));
        for (int index = 0; index < shown.Count; index++)
        {
            Assert.Equal(written.For(shown[index].Path), shown[index].Boxes);
            Assert.Equal(state.StatusOf(index), shown[index].Status);
        }
    }
}
