using System.Runtime.InteropServices;
using RadAudit.Core;
using RadAudit.Imaging.Decoding;
using SkiaSharp;

namespace RadAudit.Imaging;

/// <summary>
/// Decodes PNG/JPEG files to <see cref="GrayImage"/> and encodes grayscale PNGs (SkiaSharp). Decoding checks the
/// pixel count from the header before allocating (decompression-bomb guard), turns RGB/RGBA into luminance and
/// keeps the precision of non-interlaced 16-bit PNGs (Skia would reduce them to 8 bits). Every failure is an <see cref="ImageDecodeException"/> naming the file.
/// </summary>
public static partial class ImageCodec
{
    /// <summary>
    /// Default cap on width × height: 40 megapixels, about 6300 × 6300, well above any plain radiograph
    /// (MURA's largest is 512 × 512, a digital chest film about 3000 × 3000) yet refuses a header that would ask
    /// for gigabytes of memory.
    /// </summary>
    public const long DefaultMaxPixels = 40_000_000;

    /// <summary>Reads width and height from the header without decoding pixels; throws naming the file if unreadable.</summary>
    public static (int Width, int Height) ReadSize(string path)
    {
        byte[] bytes = ReadFile(path);
        using var data = SKData.CreateCopy(bytes);
        using SKCodec codec = CreateCodec(path, data);
        return (codec.Info.Width, codec.Info.Height);
    }

    /// <summary>
    /// Decodes an image to luminance in [0, 1] (RGB/RGBA weighted by Rec. 601, alpha ignored; 16-bit kept).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="maxPixels">Largest width × height accepted, checked from the header before decoding.</param>
    public static GrayImage Decode(string path, long maxPixels = DefaultMaxPixels)
    {
        byte[] bytes = ReadFile(path);
        using var data = SKData.CreateCopy(bytes);
        using SKCodec codec = CreateCodec(path, data);
        SKImageInfo native = codec.Info;
        if ((long)native.Width * native.Height > maxPixels)
            throw new ImageDecodeException(path, DecodeFailure.ImageTooLarge,
                $"image too large: the header claims {native.Width}×{native.Height} pixels, over the cap of {maxPixels}. " +
                $"Raise {Settings.Mention(Settings.MaxPixels)} if the image is genuine, or skip it with {Settings.Mention(Settings.SkipBad)}.");
        if (PngHeader.Read(bytes)?.BitDepth == 16 && DecodeSixteenBit(path, bytes, native) is GrayImage deep) return deep;
        var image = new GrayImage(native.Width, native.Height);
        if (native.ColorType == SKColorType.Gray8) DecodeBytes(path, codec, image, SKColorType.Gray8, 1);
        else DecodeBytes(path, codec, image, SKColorType.Rgba8888, 4);
        return image;
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
        using var bitmap = ToGrayBitmap(image);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>An opaque 8-bit gray bitmap of the image (values clamped to [0, 1], rounded); the caller disposes it.</summary>
    internal static SKBitmap ToGrayBitmap(GrayImage image)
    {
        var bitmap = new SKBitmap(new SKImageInfo(image.Width, image.Height, SKColorType.Gray8, SKAlphaType.Opaque));
        Span<byte> span = bitmap.GetPixelSpan();
        for (int y = 0; y < image.Height; y++)
            for (int x = 0; x < image.Width; x++)
                span[y * bitmap.RowBytes + x] = ToByte(image.Pixels[y * image.Width + x]);
        return bitmap;
    }

    /// <summary>Converts a [0, 1] value to a byte, clamping and rounding.</summary>
    public static byte ToByte(float value) => (byte)Math.Clamp((int)MathF.Round(value * 255f), 0, 255);

    private static byte[] ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception problem) when (problem is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ImageDecodeException(path, DecodeFailure.MissingFile,
                $"missing file. Restore it, or skip it with {Settings.Mention(Settings.SkipBad)}.");
        }
        if (bytes.Length == 0)
            throw new ImageDecodeException(path, DecodeFailure.ZeroByteFile,
                $"zero-byte file (an interrupted copy?). Copy it again, or skip it with {Settings.Mention(Settings.SkipBad)}.");
        return bytes;
    }

    private static SKCodec CreateCodec(string path, SKData data) =>
        SKCodec.Create(data) ?? throw new ImageDecodeException(path, DecodeFailure.UnreadableImage,
            $"unreadable image: not a PNG or JPEG file. Replace the file, or skip it with {Settings.Mention(Settings.SkipBad)}.");

    private static void DecodeBytes(string path, SKCodec codec, GrayImage image, SKColorType colorType, int bytesPerPixel)
    {
        var info = new SKImageInfo(image.Width, image.Height, colorType, SKAlphaType.Unpremul);
        int rowBytes = image.Width * bytesPerPixel;
        byte[] buffer = new byte[checked(rowBytes * image.Height)];
        ReadPixels(path, codec, info, buffer, rowBytes);
        if (bytesPerPixel == 1) LuminanceConverter.FromGray8(buffer, rowBytes, image);
        else LuminanceConverter.FromRgba8888(buffer, rowBytes, image);
    }

    private static GrayImage? DecodeSixteenBit(string path, byte[] bytes, SKImageInfo native)
    {
        try
        {
            return Png16Decoder.Decode(bytes, native.Width, native.Height);
        }
        catch (InvalidDataException problem)
        {
            throw new ImageDecodeException(path, DecodeFailure.TruncatedImage,
                $"truncated or corrupt 16-bit image data ({problem.Message}) Copy the file again, or skip it with {Settings.Mention(Settings.SkipBad)}.");
        }
    }

    private static void ReadPixels<T>(string path, SKCodec codec, SKImageInfo info, T[] buffer, int rowBytes)
        where T : unmanaged
    {
        var handle = GCHandle.Alloc(buffer, GCHandleType.Pinned);
        try
        {
            SKCodecResult result = codec.GetPixels(info, handle.AddrOfPinnedObject(), rowBytes, new SKCodecOptions());
            if (result == SKCodecResult.Success) return;
            if (result is SKCodecResult.IncompleteInput or SKCodecResult.ErrorInInput)
                throw new ImageDecodeException(path, DecodeFailure.TruncatedImage,
                    $"truncated or corrupt image data ({result}). Copy the file again, or skip it with {Settings.Mention(Settings.SkipBad)}.");
            throw new ImageDecodeException(path, DecodeFailure.UnreadableImage,
                $"unreadable image ({result}). Replace the file, or skip it with {Settings.Mention(Settings.SkipBad)}.");
        }
        finally
        {
            handle.Free();
        }
    }
}
