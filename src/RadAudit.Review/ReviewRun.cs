using RadAudit.Data.Sets;
using RadAudit.Review.Session;
using RadAudit.Review.Web;

namespace RadAudit.Review;

/// <summary>
/// The whole <c>radaudit review</c> run: load (or resume) the session, serve it on 127.0.0.1, print the URL as one
/// line, open the browser unless asked not to, and run until cancelled (Ctrl-C, SIGTERM).
/// </summary>
public static class ReviewRun
{
    /// <summary>Runs the review; returns when it was stopped and <c>--out</c> was written a last time.</summary>
    public static async Task RunAsync(ImageDataSet data, string boxesFile, string outFile, int port, bool openBrowser,
        TextWriter output, TextWriter error, CancellationToken cancellation)
    {
        using var stop = StopSignals.Listen(cancellation);
        ReviewSession session = ReviewSessionLoader.Load(data, boxesFile, outFile, output);
        try
        {
            int unreadable = session.Images.Count(image => !image.Readable);
            output.WriteLine($"{data.Source}: {session.Images.Count} images" + (unreadable > 0 ? $" ({unreadable} cannot be read)" : "") +
                             $"; {session.ReviewedCount} reviewed so far; writing {session.OutFile} (journal {session.JournalFile})");
            await using ReviewServer server = await ReviewServer.StartAsync(session, port, stop.Token);
            output.WriteLine("Open this address in a browser on this machine (Ctrl-C stops the review):");
            output.WriteLine(server.Url.AbsoluteUri);
            output.Flush();
            if (openBrowser && BrowserLauncher.TryOpen(server.Url) is string problem)
                error.WriteLine($"radaudit: warning: could not open a browser ({problem}); open the address above yourself.");
            await server.WaitUntilCancelledAsync(stop.Token);
        }
        finally
        {
            // The server is stopped by now (its using ends first); the session writes --out a last time and closes the journal.
            session.Dispose();
        }
        output.WriteLine($"stopped: {session.ReviewedCount} of {session.Images.Count} images reviewed; wrote {session.OutFile}");
    }
}
