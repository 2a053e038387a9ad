using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Numerics;

namespace RadAudit.Imaging.PngEncoding;

/// <summary>
/// A minimal 8-bit PNG writer (grayscale, or RGB with three equal channels), every row Sub-filtered, deflated by
/// the runtime's zlib-ng (optionally Huffman-only). For noisy radiographs Huffman-only
/// coding gives smaller files than LZ matching and runs several times faster than SkiaSharp's encoder at zlib
/// level 1 (measured on 512 px synthetic images).
/// </summary>
internal static class PngWriter
{
    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Encodes <paramref name="image"/> (values clamped to [0, 1], rounded half to even).</summary>
    public static byte[] Encode(GrayImage image, bool rgb, int compressionLevel, bool huffmanOnly)
    {
        int width = image.Width, height = image.Height, channels = rgb ? 3 : 1;
        int stride = width * channels + 1;
        byte[] filtered = ArrayPool<byte>.Shared.Rent(stride * height);
        byte[] gray = new byte[width];
        for (int y = 0; y < height; y++)
        {
            ToBytes(image.Pixels.AsSpan(y * width, width), gray);
            Span<byte> row = filtered.AsSpan(y * stride, stride);
            row[0] = 1; // Sub: each byte minus the same channel of the pixel to its left.
            if (rgb) SubFilterRgb(gray, row[1..]);
            else SubFilter(gray, row[1..]);
        }
        var output = new MemoryStream(filtered.Length / 2 + 1024);
        output.Write(Signature);
        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8;
        header[9] = (byte)(rgb ? 2 : 0);
        header[10] = header[11] = header[12] = 0;
        WriteChunk(output, "IHDR"u8, header);
        ReadOnlySpan<byte> rows = filtered.AsSpan(0, stride * height);
        var compressed = new MemoryStream(filtered.Length / 2 + 1024);
        var options = new ZLibCompressionOptions
        {
            CompressionLevel = compressionLevel,
            CompressionStrategy = huffmanOnly ? ZLibCompressionStrategy.HuffmanOnly : ZLibCompressionStrategy.Default,
        };
        using (var zlib = new ZLibStream(compressed, options, leaveOpen: true))
            zlib.Write(rows);
        WriteChunk(output, "IDAT"u8, compressed.GetBuffer().AsSpan(0, (int)compressed.Length));
        WriteChunk(output, "IEND"u8, []);
        ArrayPool<byte>.Shared.Return(filtered);
        return output.ToArray();
    }

    /// <summary>[0, 1] floats to bytes: clamp, ×255, round half to even (as <see cref="ImageCodec.ToByte"/>).</summary>
    private static void ToBytes(ReadOnlySpan<float> values, Span<byte> bytes)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            int lanes = Vector<float>.Count;
            var scale = new Vector<float>(255f);
            for (; i + 4 * lanes <= values.Length; i += 4 * lanes)
            {
                Vector<ushort> low = Vector.Narrow(ToInts(values[i..], scale), ToInts(values[(i + lanes)..], scale));
                Vector<ushort> high = Vector.Narrow(ToInts(values[(i + 2 * lanes)..], scale), ToInts(values[(i + 3 * lanes)..], scale));
                Vector.Narrow(low, high).CopyTo(bytes[i..]);
            }
        }
        for (; i < values.Length; i++) bytes[i] = ImageCodec.ToByte(values[i]);
    }

    private static Vector<uint> ToInts(ReadOnlySpan<float> values, Vector<float> scale) =>
        Vector.AsVectorUInt32(Vector.ConvertToInt32(Vector.Round(Vector.Min(Vector.Max(new Vector<float>(values), Vector<float>.Zero), Vector<float>.One) * scale)));

    private static void SubFilter(ReadOnlySpan<byte> gray, Span<byte> row)
    {
        row[0] = gray[0];
        int x = 1;
        int lanes = Vector<byte>.Count;
        for (; x + lanes <= gray.Length; x += lanes)
            (new Vector<byte>(gray[x..]) - new Vector<byte>(gray[(x - 1)..])).CopyTo(row[x..]);
        for (; x < gray.Length; x++) row[x] = (byte)(gray[x] - gray[x - 1]);
    }

    private static void SubFilterRgb(ReadOnlySpan<byte> gray, Span<byte> row)
    {
        row[0] = row[1] = row[2] = gray[0];
        for (int x = 1; x < gray.Length; x++)
        {
            byte difference = (byte)(gray[x] - gray[x - 1]);
            row[3 * x] = row[3 * x + 1] = row[3 * x + 2] = difference;
        }
    }

    private static void WriteChunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> word = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(word, data.Length);
        output.Write(word);
        output.Write(type);
        output.Write(data);
        var crc = new Crc32();
        crc.Append(type);
        crc.Append(data);
        BinaryPrimitives.WriteUInt32BigEndian(word, crc.GetCurrentHashAsUInt32());
        output.Write(word);
    }
}
