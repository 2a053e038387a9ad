using System.Buffers;
using System.Buffers.Binary;

namespace RadAudit.Imaging.PngEncoding;

/// <summary>
/// A zlib stream of Huffman-only deflate blocks (RFC 1950/1951): literals only, one dynamic code per block of
/// <see cref="BlockBytes"/> input bytes. It does what zlib's Z_HUFFMAN_ONLY strategy does, about 5× faster
/// than the runtime's zlib-ng (whose per-byte bookkeeping serves LZ matching that this strategy never does).
/// </summary>
internal static class HuffmanDeflate
{
    /// <summary>Input bytes per block, each with its own code (zlib's literal buffer is 16 K symbols too).</summary>
    private const int BlockBytes = 16384;
    private const int EndOfBlock = 256;
    private const int LiteralCodes = 257;
    private const int MaxCodeLength = 15;

    // The order in which the code-length code's lengths are sent (RFC 1951, 3.2.7).
    private static ReadOnlySpan<byte> CodeLengthOrder => [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

    /// <summary>Compresses <paramref name="data"/> into a zlib stream.</summary>
    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        // Worst case 15 bits a byte plus block headers; the buffer is pooled, only the result is allocated.
        byte[] buffer = ArrayPool<byte>.Shared.Rent(data.Length * 2 + 1024);
        var writer = new BitWriter(buffer);
        writer.WriteBits(0x78, 8); // deflate, 32 K window
        writer.WriteBits(0x01, 8); // no preset dictionary; (0x78 · 256 + 0x01) is a multiple of 31
        int start = 0;
        do
        {
            int length = Math.Min(BlockBytes, data.Length - start);
            WriteBlock(ref writer, data.Slice(start, length), isLast: start + length == data.Length);
            start += length;
        }
        while (start < data.Length);
        writer.AlignToByte();
        uint adler = Adler32(data);
        writer.WriteBits(adler >> 24, 8);
        writer.WriteBits((adler >> 16) & 0xFF, 8);
        writer.WriteBits((adler >> 8) & 0xFF, 8);
        writer.WriteBits(adler & 0xFF, 8);
        byte[] result = writer.ToArray();
        ArrayPool<byte>.Shared.Return(buffer);
        return result;
    }

    private static void WriteBlock(ref BitWriter writer, ReadOnlySpan<byte> block, bool isLast)
    {
        Span<int> frequencies = stackalloc int[LiteralCodes];
        frequencies.Clear();
        foreach (byte value in block) frequencies[value]++;
        frequencies[EndOfBlock] = 1;
        Span<byte> lengths = stackalloc byte[LiteralCodes];
        HuffmanLengths.Build(frequencies, MaxCodeLength, lengths);
        Span<ushort> codes = stackalloc ushort[LiteralCodes];
        HuffmanLengths.CanonicalCodes(lengths, codes);

        // The lengths are sent with the code-length alphabet's plain symbols 0–15 (no run-length symbols), then
        // one distance code of length 1, which an all-literal block never uses.
        Span<int> lengthFrequencies = stackalloc int[19];
        lengthFrequencies.Clear();
        foreach (byte length in lengths) lengthFrequencies[length]++;
        lengthFrequencies[1]++;
        Span<byte> lengthLengths = stackalloc byte[19];
        HuffmanLengths.Build(lengthFrequencies, 7, lengthLengths);
        Span<ushort> lengthCodes = stackalloc ushort[19];
        HuffmanLengths.CanonicalCodes(lengthLengths, lengthCodes);
        int sentLengthCodes = 19;
        while (sentLengthCodes > 4 && lengthLengths[CodeLengthOrder[sentLengthCodes - 1]] == 0) sentLengthCodes--;

        writer.WriteBits(isLast ? 1u : 0u, 1);
        writer.WriteBits(2, 2); // dynamic Huffman codes
        writer.WriteBits(LiteralCodes - 257, 5);
        writer.WriteBits(1 - 1, 5);
        writer.WriteBits((uint)(sentLengthCodes - 4), 4);
        for (int i = 0; i < sentLengthCodes; i++) writer.WriteBits(lengthLengths[CodeLengthOrder[i]], 3);
        foreach (byte length in lengths) writer.WriteBits(lengthCodes[length], lengthLengths[length]);
        writer.WriteBits(lengthCodes[1], lengthLengths[1]);

        foreach (byte value in block) writer.WriteBits(codes[value], lengths[value]);
        writer.WriteBits(codes[EndOfBlock], lengths[EndOfBlock]);
    }

    /// <summary>Adler-32 with sums reduced every 5552 bytes, the most that cannot overflow 32 bits.</summary>
    private static uint Adler32(ReadOnlySpan<byte> data)
    {
        const uint Modulus = 65521;
        uint a = 1, b = 0;
        while (!data.IsEmpty)
        {
            ReadOnlySpan<byte> chunk = data[..Math.Min(5552, data.Length)];
            foreach (byte value in chunk)
            {
                a += value;
                b += a;
            }
            a %= Modulus;
            b %= Modulus;
            data = data[chunk.Length..];
        }
        return (b << 16) | a;
    }

    /// <summary>Deflate's bit order: values are packed from the least significant bit of each byte.</summary>
    private ref struct BitWriter(byte[] bytes)
    {
        private readonly byte[] _bytes = bytes;
        private int _position;
        private ulong _buffer;
        private int _count;

        /// <summary>Appends the low <paramref name="count"/> bits of <paramref name="bits"/> (at most 32).</summary>
        public void WriteBits(uint bits, int count)
        {
            _buffer |= (ulong)bits << _count;
            _count += count;
            if (_count < 32) return;
            BinaryPrimitives.WriteUInt32LittleEndian(_bytes.AsSpan(_position), (uint)_buffer);
            _position += 4;
            _buffer >>= 32;
            _count -= 32;
        }

        /// <summary>Pads with zero bits to the next byte boundary and flushes.</summary>
        public void AlignToByte()
        {
            while (_count > 0)
            {
                _bytes[_position++] = (byte)_buffer;
                _buffer >>= 8;
                _count = Math.Max(0, _count - 8);
            }
        }

        /// <summary>The bytes written (call after <see cref="AlignToByte"/>).</summary>
        public readonly byte[] ToArray() => _bytes.AsSpan(0, _position).ToArray();
    }
}
