using RadAudit.Imaging.PngEncoding;
using SkiaSharp;

namespace RadAudit.Imaging;

public static partial class ImageCodec
{
    /// <summary>
    /// Encodes an 8-bit PNG with a chosen zlib level (1 fastest … 9 smallest), as grayscale or as RGB with three
    /// equal channels (MURA stores a few images as RGB). Only the Sub filter is used (trying all five per row
    /// dominates the time of encoding noisy radiographs). <paramref name="huffmanOnly"/> skips LZ matching, which
    /// finds little in sensor noise: for the synthetic radiographs it is both faster and smaller.
    /// </summary>
    public static byte[] EncodePng(GrayImage image, bool rgb, int compressionLevel, bool huffmanOnly = false)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentOutOfRangeException.ThrowIfLessThan(compressionLevel, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(compressionLevel, 9);
        return PngWriter.Encode(image, rgb, compressionLevel, huffmanOnly);
    }

    /// <summary>An opaque 8-bit bitmap of the image: Gray8, or RGBA with three equal channels.</summary>
    private static SKBitmap ToBitmap(GrayImage image, bool rgb)
    {
        var info = new SKImageInfo(image.Width, image.Height, rgb ? SKColorType.Rgba8888 : SKColorType.Gray8, SKAlphaType.Opaque);
        var bitmap = new SKBitmap(info);
        var span = bitmap.GetPixelSpan();
        var pixels = image.Pixels;
        int rowBytes = bitmap.RowBytes;
        for (int y = 0; y < image.Height; y++)
        {
            for (int x = 0; x < image.Width; x++)
            {
                byte value = ToByte(pixels[y * image.Width + x]);
                if (!rgb) { span[y * rowBytes + x] = value; continue; }
                int at = y * rowBytes + 4 * x;
                span[at] = span[at + 1] = span[at + 2] = value;
                span[at + 3] = 255;
            }
        }
        return bitmap;
    }
}
