namespace RadAudit.Core;

/// <summary>The fields of a PNG's IHDR chunk, read without decoding: the size (to draw box outlines over a report
/// image) and the bit depth (Skia reports a 16-bit grayscale PNG as 8-bit, so the codec needs it to decode right).</summary>
/// <param name="Width">Pixels across.</param>
/// <param name="Height">Pixels down.</param>
/// <param name="BitDepth">Bits per channel: 1, 2, 4, 8 or 16.</param>
public readonly record struct PngHeader(int Width, int Height, int BitDepth)
{
    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The header of <paramref name="file"/>, or null when the bytes do not start like a PNG.</summary>
    /// <remarks>Signature (8 bytes), IHDR length (4), "IHDR" (4), big-endian width (4) and height (4), bit depth (1).</remarks>
    public static PngHeader? Read(ReadOnlySpan<byte> file)
    {
        if (file.Length < 25 || !file[..8].SequenceEqual(Signature) || file[12] != 'I' || file[13] != 'H' || file[14] != 'D' || file[15] != 'R')
            return null;
        return new PngHeader(BigEndian(file, 16), BigEndian(file, 20), file[24]);
    }

    private static int BigEndian(ReadOnlySpan<byte> bytes, int offset) =>
        (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
}
