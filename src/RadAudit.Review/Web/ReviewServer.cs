using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RadAudit.Core;
using RadAudit.Review.Images;
using RadAudit.Review.Session;

namespace RadAudit.Review.Web;

/// <summary>
/// The review's web server: Kestrel on 127.0.0.1 only (never any other interface), on a free port unless one is
/// asked for, every request gated by a fresh <see cref="AccessToken"/>. Stopping it leaves the session open; the
/// caller disposes the session (which writes <c>--out</c> once more and closes the journal).
/// </summary>
public sealed class ReviewServer : IAsyncDisposable
{
    /// <summary>Memory kept for downscaled display copies and thumbnails.</summary>
    private const long CacheBudgetBytes = 256L << 20;

    private readonly WebApplication _app;

    private ReviewServer(WebApplication app, AccessToken token, int port, IReadOnlyList<string> addresses)
    {
        _app = app;
        Token = token;
        Port = port;
        ListeningAddresses = addresses;
    }

    /// <summary>The token of this run.</summary>
    public AccessToken Token { get; }

    /// <summary>The port it listens on.</summary>
    public int Port { get; }

    /// <summary>Every address Kestrel reports listening on (only <c>http://127.0.0.1:PORT</c>).</summary>
    public IReadOnlyList<string> ListeningAddresses { get; }

    /// <summary>The page's address with the token: what the command prints and opens.</summary>
    public Uri Url => new($"http://127.0.0.1:{Port}/?{RequestGate.TokenQuery}={Token.Value}");

    /// <summary>Starts serving <paramref name="session"/> on 127.0.0.1:<paramref name="port"/> (0 = a free port).</summary>
    public static async Task<ReviewServer> StartAsync(ReviewSession session, int port = 0, CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, IPEndPoint.MaxPort);
        var token = AccessToken.Create();
        WebApplication app = Build(port);
        app.UseRequestGate(token);
        app.UseRouting();
        app.MapReview(session, new PageAssets(token), new DisplayImages(new DownscaledImageCache(CacheBudgetBytes)));
        try
        {
            await app.StartAsync(cancellation);
        }
        catch (IOException problem)
        {
            await app.DisposeAsync();
            throw new RadAuditException($"port {port}: cannot listen on 127.0.0.1:{port} ({problem.Message}). Choose another port, or none for a free one.", 2, problem, Settings.Port);
        }
        var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses.ToList();
        return new ReviewServer(app, token, new Uri(addresses[0]).Port, addresses);
    }

    /// <summary>Waits until <paramref name="cancellation"/> fires (Ctrl-C or SIGTERM in the command).</summary>
    public async Task WaitUntilCancelledAsync(CancellationToken cancellation)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellation);
        }
        catch (OperationCanceledException)
        {
            // The normal way out: the person stopped the review.
        }
    }

    /// <summary>Stops accepting requests, lets those in flight finish (a second at most), and releases the port.</summary>
    public async ValueTask DisposeAsync()
    {
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(1));
        await _app.StopAsync(grace.Token);
        await _app.DisposeAsync();
    }

    private static WebApplication Build(int port)
    {
        // The empty builder reads no configuration or environment (no ASPNETCORE_URLS can add an address) and logs nothing.
        WebApplicationBuilder builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options =>
        {
            options.AddServerHeader = false;
            options.Limits.MaxRequestBodySize = 1 << 20;
            options.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http1);
        });
        builder.Services.AddRoutingCore();
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        return builder.Build();
    }
}
