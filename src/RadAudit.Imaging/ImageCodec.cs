using RadAudit.Core;
using SkiaSharp;

namespace RadAudit.Imaging;

/// <summary>Decodes PNG/JPEG files to <see cref="GrayImage"/> and encodes grayscale PNGs (SkiaSharp).</summary>
public static partial class ImageCodec
{
    /// <summary>Reads width and height from the header without decoding pixels; throws naming the file if unreadable.</summary>
    public static (int Width, int Height) ReadSize(string path)
    {
        using var stream = File.OpenRead(path);
        using var codec = SKCodec.Create(stream) ?? throw new RadAuditException(
            $"{path}: not a readable PNG or JPEG image. Replace the file or skip it with --skip-bad.");
        return (codec.Info.Width, codec.Info.Height);
    }

    /// <summary>Decodes an image to luminance in [0, 1] (RGB/RGBA weighted by Rec. 601, alpha ignored).</summary>
    public static GrayImage Decode(string path)
    {
        using var bitmap = SKBitmap.Decode(path) ?? throw new RadAuditException(
            $"{path}: could not decode the image (corrupt, truncated or not PNG/JPEG). Replace the file or skip it with --skip-bad.");
        return FromBitmap(bitmap);
    }

    /// <summary>Converts a decoded bitmap to a gray image.</summary>
    public static GrayImage FromBitmap(SKBitmap bitmap)
    {
        var image = new GrayImage(bitmap.Width, bitmap.Height);
        ReadOnlySpan<SKColor> colors = bitmap.Pixels;
        var pixels = image.Pixels;
        for (int i = 0; i < pixels.Length; i++)
        {
            SKColor c = colors[i];
            pixels[i] = (0.299f * c.Red + 0.587f * c.Green + 0.114f * c.Blue) / 255f;
        }
        return image;
    }

    /// <summary>Encodes an 8-bit grayscale PNG (values clamped to [0, 1], rounded).</summary>
    public static byte[] EncodeGrayPng(GrayImage image)
    {
        using var bitmap = ToBitmap(image, rgb: false);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>Converts a [0, 1] value to a byte, clamping and rounding.</summary>
    public static byte ToByte(float value) => (byte)Math.Clamp((int)MathF.Round(value * 255f), 0, 255);
}
