using SkiaSharp;

namespace RadAudit.Imaging.Overlay;

/// <summary>Encodes <see cref="RgbImage"/> as an opaque 8-bit RGB(A) PNG with SkiaSharp, and reads one back for checks.</summary>
public static class RgbPngCodec
{
    /// <summary>Encodes the image as PNG bytes.</summary>
    public static byte[] Encode(RgbImage image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var info = new SKImageInfo(image.Width, image.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var bitmap = new SKBitmap(info);
        Span<byte> span = bitmap.GetPixelSpan();
        int rowBytes = bitmap.RowBytes;
        for (int y = 0; y < image.Height; y++)
        {
            for (int x = 0; x < image.Width; x++)
            {
                var (red, green, blue) = image.Get(x, y);
                int offset = y * rowBytes + x * 4;
                span[offset] = red;
                span[offset + 1] = green;
                span[offset + 2] = blue;
                span[offset + 3] = 255;
            }
        }
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>Decodes PNG bytes to an <see cref="RgbImage"/> (alpha ignored).</summary>
    public static RgbImage Decode(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new ArgumentException("Not a decodable PNG.", nameof(png));
        var image = new RgbImage(bitmap.Width, bitmap.Height);
        for (int y = 0; y < bitmap.Height; y++)
        {
            for (int x = 0; x < bitmap.Width; x++)
            {
                SKColor color = bitmap.GetPixel(x, y);
                image.Set(x, y, (color.Red, color.Green, color.Blue));
            }
        }
        return image;
    }
}
