using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace RadAudit.Imaging.Tests.Decoding;

/// <summary>
/// Writes PNG files byte by byte, for what Skia's encoder cannot produce: 16-bit grayscale, and headers that lie
/// (a 20000×20000 decompression bomb with no pixel data).
/// </summary>
public static class RawPng
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>A 16-bit grayscale PNG (colour type 0) with the given samples (0..65535, row-major).</summary>
    public static byte[] Gray16(int width, int height, ushort[] samples)
    {
        var raw = new MemoryStream();
        for (int y = 0; y < height; y++)
        {
            raw.WriteByte(0); // filter: none
            for (int x = 0; x < width; x++)
            {
                ushort value = samples[y * width + x];
                raw.WriteByte((byte)(value >> 8));
                raw.WriteByte((byte)value);
            }
        }
        return Build(width, height, bitDepth: 16, colorType: 0, Compress(raw.ToArray()));
    }

    /// <summary>A PNG whose header claims <paramref name="width"/>×<paramref name="height"/> 8-bit gray pixels, with almost no data.</summary>
    public static byte[] HeaderOnly(int width, int height) =>
        Build(width, height, bitDepth: 8, colorType: 0, Compress([0, 0, 0, 0]));

    private static byte[] Compress(byte[] data)
    {
        var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return output.ToArray();
    }

    private static byte[] Build(int width, int height, byte bitDepth, byte colorType, byte[] idat)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = bitDepth;
        header[9] = colorType;
        var file = new MemoryStream();
        file.Write(Signature);
        WriteChunk(file, "IHDR", header);
        WriteChunk(file, "IDAT", idat);
        WriteChunk(file, "IEND", []);
        return file.ToArray();
    }

    private static void WriteChunk(Stream file, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        file.Write(number);
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        file.Write(typeAndData);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typeAndData));
        file.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in bytes)
        {
            crc ^= b;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
        }
        return ~crc;
    }
}
