using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Reviews;
using RadAudit.Reporting.Tests.Html;
using RadAudit.Review.Tests.Fixtures;

namespace RadAudit.Review.Tests.Browser;

[Trait("Category", "Slow")]
public sealed class KeyboardOnlyTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task Should_let_a_person_review_with_the_keyboard_alone()
    {
        // Given a review open in the browser, on the first image (it has no box)
        await using RunningReview review = await RunningReview.StartAsync(images: 12);
        ReviewPage page = await ReviewPage.OpenAsync(chromium.Browser, review.Server.Url.AbsoluteUri);
        async Task Press(params string[] keys) { foreach (string key in keys) await page.Page.Keyboard.PressAsync(key); }
        int first = await page.CurrentIndexAsync();
        Assert.Empty(await page.CurrentBoxesAsync());

        // When the person adds a box (b), makes it 'text' (3), grows it (Ctrl+→ ×2, Ctrl+↓), moves it (Shift+→ ×3, Shift+↓),
        // zooms in and back (+, 0), and opens and closes the help (?, Esc)
        await Press("b");
        await page.WaitSavedAsync();
        LabelBox added = Assert.Single(await page.CurrentBoxesAsync());
        await Press("3", "Control+ArrowRight", "Control+ArrowRight", "Control+ArrowDown", "Shift+ArrowRight", "Shift+ArrowRight", "Shift+ArrowRight", "Shift+ArrowDown");
        await page.Page.WaitForFunctionAsync("() => window.radauditReview.answers().length >= 4"); // b, 3, the resize, the move
        await Press("+", "0", "?");
        bool helpShown = await page.Page.IsVisibleAsync("#help");
        await Press("Escape");
        bool helpHidden = await page.Page.IsHiddenAsync("#help");

        // And goes to the next image, deletes its first box (Tab, Delete), accepts it (Enter), marks the next 'no label' (n),
        // comes back (k) and undoes the no-label (Ctrl+Z)
        await Press("j");
        int second = await page.CurrentIndexAsync();
        var secondBefore = await page.CurrentBoxesAsync();
        await Press("Tab", "Delete", "Enter");
        int third = await page.CurrentIndexAsync();
        await Press("n", "k", "Control+z");
        await page.WaitSavedAsync();

        // Then the box has kind, size and place from the keys (96-px images: one step is one pixel), each image has its
        // status, and the page and --out agree
        var images = await page.ImagesAsync();
        LabelBox moved = Assert.Single(images[first].Boxes);
        Assert.Equal(new LabelBox(added.Path, added.X + 3, added.Y + 1, added.Width + 2, added.Height + 1, LabelKinds.Text), moved);
        Assert.True(helpShown && helpHidden);
        Assert.Equal(secondBefore.Skip(1).Select(box => box with { Score = null }), images[second].Boxes);
        Assert.Equal([ReviewStatus.Edited, ReviewStatus.ReviewedAsIs, ReviewStatus.Unreviewed],
            new[] { first, second, third }.Select(index => images[index].Status));
        Assert.Equal(third, await page.CurrentIndexAsync());
        var written = new BoxIndex(BoxFiles.Read(review.Session.OutFile));
        Assert.All(images, image => Assert.Equal(written.For(image.Path), image.Boxes));
        Assert.Empty(page.Errors);
    }
}
