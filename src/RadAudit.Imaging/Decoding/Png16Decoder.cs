using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace RadAudit.Imaging.Decoding;

/// <summary>
/// Decodes non-interlaced 16-bit PNGs (gray, gray+alpha, RGB, RGBA) at full precision. Skia reduces every 16-bit
/// PNG to 8 bits, which would throw away the 256 sub-levels radiographs converted from DICOM carry.
/// Interlaced files return null so the caller falls back to Skia (8-bit precision).
/// </summary>
internal static class Png16Decoder
{
    /// <summary>The luminance image, or null for an interlaced file. Throws <see cref="InvalidDataException"/> on corrupt data.</summary>
    public static GrayImage? Decode(ReadOnlySpan<byte> file, int width, int height)
    {
        byte colorType = file[25], interlace = file[28];
        if (interlace != 0) return null;
        int channels = colorType switch { 0 => 1, 2 => 3, 4 => 2, 6 => 4, _ => throw new InvalidDataException($"colour type {colorType} cannot be 16-bit.") };
        byte[] raw = Inflate(ConcatenatedImageData(file));
        int bytesPerPixel = channels * 2, stride = width * bytesPerPixel;
        if (raw.Length < (long)(stride + 1) * height) throw new InvalidDataException("image data ends early.");
        Unfilter(raw, stride, height, bytesPerPixel);
        return ToLuminance(raw, width, height, channels);
    }

    private static byte[] ConcatenatedImageData(ReadOnlySpan<byte> file)
    {
        var data = new MemoryStream();
        int offset = 8;
        while (offset + 8 <= file.Length)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(file[offset..]);
            string type = Encoding.ASCII.GetString(file.Slice(offset + 4, 4));
            if (length < 0 || offset + 12L + length > file.Length) throw new InvalidDataException($"chunk {type} ends early.");
            if (type == "IDAT") data.Write(file.Slice(offset + 8, length));
            if (type == "IEND") return data.ToArray();
            offset += 12 + length;
        }
        throw new InvalidDataException("no IEND chunk: the file ends early.");
    }

    private static byte[] Inflate(byte[] compressed)
    {
        using var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var output = new MemoryStream();
        zlib.CopyTo(output);
        return output.ToArray();
    }

    private static void Unfilter(byte[] raw, int stride, int height, int bytesPerPixel)
    {
        for (int y = 0; y < height; y++)
        {
            int row = y * (stride + 1) + 1, previous = row - (stride + 1);
            byte filter = raw[row - 1];
            for (int i = 0; i < stride; i++)
            {
                int left = i >= bytesPerPixel ? raw[row + i - bytesPerPixel] : 0;
                int up = y > 0 ? raw[previous + i] : 0;
                int upLeft = y > 0 && i >= bytesPerPixel ? raw[previous + i - bytesPerPixel] : 0;
                raw[row + i] += filter switch
                {
                    0 => 0,
                    1 => (byte)left,
                    2 => (byte)up,
                    3 => (byte)((left + up) / 2),
                    4 => (byte)Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"unknown row filter {filter}."),
                };
            }
        }
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        int estimate = left + up - upLeft;
        int toLeft = Math.Abs(estimate - left), toUp = Math.Abs(estimate - up), toUpLeft = Math.Abs(estimate - upLeft);
        return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
    }

    private static GrayImage ToLuminance(byte[] raw, int width, int height, int channels)
    {
        var image = new GrayImage(width, height);
        int stride = width * channels * 2;
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
            {
                int at = y * (stride + 1) + 1 + x * channels * 2;
                float first = Sample(raw, at);
                image.Pixels[y * width + x] = channels < 3
                    ? first
                    : 0.299f * first + 0.587f * Sample(raw, at + 2) + 0.114f * Sample(raw, at + 4);
            }
        return image;
    }

    private static float Sample(byte[] raw, int at) => ((raw[at] << 8) | raw[at + 1]) / 65535f;
}
