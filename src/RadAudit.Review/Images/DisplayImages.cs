using RadAudit.Imaging;
using RadAudit.Imaging.Transforms;
using RadAudit.Review.Session;

namespace RadAudit.Review.Images;

/// <summary>
/// The bytes the page shows: an image's own file when it is small enough (sent as is, no decoding), else a
/// downscaled grayscale PNG made once and cached; thumbnails are always downscaled copies.
/// </summary>
internal sealed class DisplayImages(DownscaledImageCache cache)
{
    /// <summary>Images whose long side is at most this are sent as they are.</summary>
    public const int LargestSentAsIs = 1024;

    /// <summary>Long side of a thumbnail in the strip.</summary>
    public const int ThumbnailSide = 128;

    /// <summary>The file to send as is, with its media type; null when <paramref name="image"/> needs a downscaled copy.</summary>
    public static (string File, string ContentType)? AsIs(ReviewImage image)
    {
        if (!image.Readable || Math.Max(image.Width, image.Height) > LargestSentAsIs) return null;
        return ImageContentType.OfFile(image.File!) is string type ? (image.File!, type) : null;
    }

    /// <summary>A PNG of <paramref name="image"/> whose long side is at most <paramref name="longSide"/>.</summary>
    public byte[] Downscaled(ReviewImage image, int longSide) =>
        cache.GetOrAdd(image.Index, longSide, () => Render(image.File!, longSide));

    private static byte[] Render(string file, int longSide)
    {
        GrayImage image = ImageCodec.Decode(file);
        double scale = (double)longSide / Math.Max(image.Width, image.Height);
        if (scale < 1)
        {
            int width = Math.Max(1, (int)Math.Round(image.Width * scale)), height = Math.Max(1, (int)Math.Round(image.Height * scale));
            image = AspectResize.Apply(image, width, height).Image;
        }
        return ImageCodec.EncodeGrayPng(image);
    }
}
