using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace RadAudit.Review.Web;

/// <summary>
/// The first thing every request meets: refused (403) unless it carries the token (query <c>?token=</c> for the
/// page, images and scripts; header <see cref="TokenHeader"/> for API calls) and names the loopback host (so a
/// web page that rebinds its own name to 127.0.0.1 gets nothing even before the token check). Then adds the
/// headers that keep the page self-contained: nothing from elsewhere, no framing, no referrer carrying the token.
/// </summary>
internal static class RequestGate
{
    /// <summary>The header the page sends the token in.</summary>
    public const string TokenHeader = "X-RadAudit-Token";

    /// <summary>The query parameter that carries the token.</summary>
    public const string TokenQuery = "token";

    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Adds the gate in front of everything else in <paramref name="app"/>.</summary>
    public static void UseRequestGate(this WebApplication app, AccessToken token) => app.Use(async (context, next) =>
    {
        if (!Allows(context.Request, token))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("radaudit review: refused. Open the URL the command printed (it carries the token).");
            return;
        }
        IHeaderDictionary headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        await next(context);
    });

    /// <summary>Whether <paramref name="request"/> names the loopback host and carries <paramref name="token"/>.</summary>
    public static bool Allows(HttpRequest request, AccessToken token)
    {
        string host = request.Host.Host;
        if (host != "127.0.0.1" && host != "localhost") return false;
        string? given = request.Headers.TryGetValue(TokenHeader, out var header) ? header.ToString() : request.Query[TokenQuery].ToString();
        return token.Matches(given);
    }
}
