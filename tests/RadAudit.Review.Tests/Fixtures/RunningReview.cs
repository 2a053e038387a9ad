using RadAudit.Review.Session;
using RadAudit.Review.Web;
using RadAudit.Testing;

namespace RadAudit.Review.Tests.Fixtures;

/// <summary>A review served in this process: a fresh data set, its session and its server; disposing stops all and deletes the folder.</summary>
internal sealed class RunningReview : IAsyncDisposable
{
    private RunningReview(TemporaryFolder folder, ReviewDataSet set, ReviewSession session, ReviewServer server)
    {
        Folder = folder;
        Set = set;
        Session = session;
        Server = server;
    }

    public TemporaryFolder Folder { get; }

    public ReviewDataSet Set { get; }

    public ReviewSession Session { get; }

    public ReviewServer Server { get; }

    /// <summary>The server's base address without the token.</summary>
    public Uri Base => new($"http://127.0.0.1:{Server.Port}/");

    /// <summary>Writes <paramref name="images"/> images (or uses the given data set) and starts serving them.</summary>
    public static async Task<RunningReview> StartAsync(int images = 12, int size = 96, Func<TemporaryFolder, ReviewDataSet>? data = null)
    {
        var folder = new TemporaryFolder();
        ReviewDataSet set = data?.Invoke(folder) ?? ReviewDataSet.Write(folder, images, size);
        ReviewSession session = ReviewSessionLoader.Load(set.Open(), set.BoxesFile, folder.Combine("reviewed.csv"), TextWriter.Null);
        return new RunningReview(folder, set, session, await ReviewServer.StartAsync(session));
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Session.Dispose();
        Folder.Dispose();
    }
}
