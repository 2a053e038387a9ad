using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using RadAudit.Core;
using RadAudit.Review.Images;
using RadAudit.Review.Session;

namespace RadAudit.Review.Web;

/// <summary>
/// The review's few routes. Images are named by their index in the data set's list (an int route constraint, so
/// no text from a request is ever a path); anything else is 404.
/// </summary>
internal static class ReviewEndpoints
{
    private const int LargestEditBytes = 1 << 20;
    private const string ImageCaching = "private, max-age=86400";

    /// <summary>Maps every route onto <paramref name="app"/>.</summary>
    public static void MapReview(this WebApplication app, ReviewSession session, PageAssets assets, DisplayImages images)
    {
        app.MapGet("/", (HttpContext context) => NotCached(context, Bytes(assets.Page)));
        app.MapGet("/assets/{name}", (string name) => assets.Find(name) is { } asset ? Bytes(asset) : Results.NotFound());
        app.MapGet("/api/session", (HttpContext context) => NotCached(context, Results.Bytes(SessionJson.Session(session), "application/json")));
        app.MapGet("/api/images/{index:int}", (int index, HttpContext context) =>
            WithImage(session, index, image => DisplayImages.AsIs(image) is var (file, type)
                ? Cached(context, Results.File(file, type))
                : Cached(context, Results.Bytes(images.Downscaled(image, DisplayImages.LargestSentAsIs), "image/png"))));
        app.MapGet("/api/thumbnails/{index:int}", (int index, HttpContext context) =>
            WithImage(session, index, image => Cached(context, Results.Bytes(images.Downscaled(image, DisplayImages.ThumbnailSide), "image/png"))));
        app.MapPost("/api/images/{index:int}/review", (int index, HttpContext context) => Edit(session, index, context));
    }

    private static IResult WithImage(ReviewSession session, int index, Func<ReviewImage, IResult> send)
    {
        if (index < 0 || index >= session.Images.Count) return Results.NotFound();
        ReviewImage image = session.Images[index];
        return image.Readable ? send(image) : Results.NotFound(image.Problem);
    }

    private static async Task<IResult> Edit(ReviewSession session, int index, HttpContext context)
    {
        if (index < 0 || index >= session.Images.Count) return Results.NotFound();
        context.Response.Headers.CacheControl = "no-store";
        try
        {
            byte[] body = await ReadBody(context.Request);
            var (state, reviewed) = session.Apply(index, EditRequestJson.Parse(body));
            return Results.Bytes(SessionJson.Image(index, state, reviewed), "application/json");
        }
        catch (ReviewEditException refused)
        {
            return Results.BadRequest(new { error = refused.Message });
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or RadAuditException)
        {
            // Not saved (journal) or saved but --out not rewritten: the page shows it and the person can retry.
            return Results.Json(new { error = $"Could not save: {failure.Message}" }, statusCode: StatusCodes.Status500InternalServerError);
        }
    }

    private static async Task<byte[]> ReadBody(HttpRequest request)
    {
        if (request.ContentLength > LargestEditBytes) throw new ReviewEditException("The edit is too large.");
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        if (buffer.Length > LargestEditBytes) throw new ReviewEditException("The edit is too large.");
        return buffer.ToArray();
    }

    private static IResult Bytes((byte[] Bytes, string ContentType) asset) => Results.Bytes(asset.Bytes, asset.ContentType);

    private static IResult Cached(HttpContext context, IResult result)
    {
        context.Response.Headers.CacheControl = ImageCaching;
        return result;
    }

    private static IResult NotCached(HttpContext context, IResult result)
    {
        context.Response.Headers.CacheControl = "no-store";
        return result;
    }
}
