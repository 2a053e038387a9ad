using RadAudit.Data.Sets;
using RadAudit.Review.Session;
using RadAudit.Review.Web;
using RadAudit.Testing;

namespace RadAudit.Review.Tests.Fixtures;

/// <summary>A review served in this process: a fresh data set, its session and its server; disposing stops all and deletes the folder.</summary>
internal sealed class RunningReview : IAsyncDisposable
{
    private RunningReview(TemporaryFolder folder, ReviewSession session, ReviewServer server)
    {
        Folder = folder;
        Session = session;
        Server = server;
    }

    public TemporaryFolder Folder { get; }

    public ReviewSession Session { get; }

    public ReviewServer Server { get; }

    /// <summary>The server's base address without the token.</summary>
    public Uri Base => new($"http://127.0.0.1:{Server.Port}/");

    /// <summary>Writes <paramref name="images"/> images of <paramref name="size"/> px and starts serving them.</summary>
    public static async Task<RunningReview> StartAsync(int images = 12, int size = 96)
    {
        var folder = new TemporaryFolder();
        ReviewDataSet set = ReviewDataSet.Write(folder, images, size);
        return await StartAsync(folder, set.Open(), set.BoxesFile);
    }

    /// <summary>Serves <paramref name="data"/> with <paramref name="boxesFile"/>, writing --out into <paramref name="folder"/> (disposed with the review).</summary>
    public static async Task<RunningReview> StartAsync(TemporaryFolder folder, ImageDataSet data, string boxesFile)
    {
        ReviewSession session = ReviewSessionLoader.Load(data, boxesFile, folder.Combine("reviewed.csv"), TextWriter.Null);
        return new RunningReview(folder, session, await ReviewServer.StartAsync(session));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Session.Dispose();
        Folder.Dispose();
    }
}
