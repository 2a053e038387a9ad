using RadAudit.Data.Reviews;
using RadAudit.Imaging;
using RadAudit.Review.Session;
using RadAudit.Review.Tests.Fixtures;
using RadAudit.Testing;

namespace RadAudit.Review.Tests.Web;

public sealed class ImageServingTests
{
    [Fact]
    public async Task Should_send_small_images_as_they_are_and_large_ones_downscaled_with_thumbnails_always_small()
    {
        // Given a review whose data set has a 96-px image and a 1500 × 1200 one
        using var folder = new TemporaryFolder();
        var set = ReviewDataSet.Write(folder, 2);
        File.WriteAllBytes(FileOf(set, 1), ImageCodec.EncodeGrayPng(new GrayImage(1500, 1200)));
        await using RunningReview review = await RunningReview.StartAsync(new TemporaryFolder(), set.Open(), set.BoxesFile);
        using var client = new HttpClient();
        Task<byte[]> Get(string route) => client.GetByteArrayAsync(new Uri(review.Base, $"{route}?token={review.Server.Token.Value}"));

        // When the page asks for both images and a thumbnail
        byte[] small = await Get("/api/images/0"), downscaled = await Get("/api/images/1"), thumbnail = await Get("/api/thumbnails/1");

        // Then the small one is its file byte for byte, the large one a 1024 × 819 PNG, the thumbnail 128 px long,
        // while boxes stay in the original's pixels
        Assert.Equal(File.ReadAllBytes(FileOf(set, 0)), small);
        Assert.Equal((1024, 819), SizeOf(downscaled, folder));
        Assert.Equal((128, 102), SizeOf(thumbnail, folder));
        Assert.Equal((1500, 1200), (review.Session.Images[1].Width, review.Session.Images[1].Height));
    }

    [Fact]
    public async Task Should_list_an_unreadable_image_with_its_problem_and_allow_only_status_edits_on_it()
    {
        // Given a data set in which one file is not an image
        using var folder = new TemporaryFolder();
        var set = ReviewDataSet.Write(folder, 3);
        File.WriteAllText(FileOf(set, 1), "not a png");
        await using RunningReview review = await RunningReview.StartAsync(new TemporaryFolder(), set.Open(), set.BoxesFile);
        using var client = new HttpClient();
        Uri Route(string route) => new(review.Base, $"{route}?token={review.Server.Token.Value}");

        // When the session is read, the image asked for, and a box drawn on it, then it is marked as having no label
        string session = await client.GetStringAsync(Route("/api/session"));
        var image = await client.GetAsync(Route("/api/images/1"));
        var refused = Assert.Throws<ReviewEditException>(() =>
            review.Session.Apply(1, new ReviewEdit(ReviewStatus.Edited, "draw", [new EditedBox(1, 1, 4, 4, "text")])));
        var (state, _) = review.Session.Apply(1, new ReviewEdit(ReviewStatus.NoLabel, "no-label", []));

        // Then the session names the problem, the image is not served, drawing is refused, and the status is kept
        Assert.Contains("\"problem\":", session);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, image.StatusCode);
        Assert.Contains("cannot be read", refused.Message);
        Assert.Equal(ReviewStatus.NoLabel, state.Status);
    }

    private static string FileOf(ReviewDataSet set, int index) => Path.Combine(Path.GetDirectoryName(set.Manifest)!, set.Paths[index]);

    private static (int Width, int Height) SizeOf(byte[] png, TemporaryFolder folder)
    {
        string file = folder.WriteBytes($"probe-{Guid.NewGuid():N}.png", png);
        return ImageCodec.ReadSize(file);
    }
}
