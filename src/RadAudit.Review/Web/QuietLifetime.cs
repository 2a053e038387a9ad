using Microsoft.Extensions.Hosting;

namespace RadAudit.Review.Web;

/// <summary>
/// A host lifetime that listens to no signal and prints nothing: Ctrl-C and SIGTERM belong to the command that
/// runs the review (it stops the server and flushes), and tests run several servers in one process.
/// </summary>
internal sealed class QuietLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
