namespace RadAudit.Imaging.Decoding;

/// <summary>
/// Reads the bit depth from a PNG's IHDR chunk. Skia reports a 16-bit grayscale PNG as <c>Gray8</c>, and every
/// Skia conversion drops the low 8 bits; knowing the depth lets the codec use <see cref="Png16Decoder"/> instead.
/// </summary>
internal static class PngHeader
{
    private static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    // Signature (8) + chunk length (4) + "IHDR" (4) + width (4) + height (4) + bit depth (1).
    private const int BitDepthOffset = 24;

    /// <summary>Bit depth per channel (1, 2, 4, 8 or 16), or 0 when the bytes are not a PNG.</summary>
    public static int BitDepth(ReadOnlySpan<byte> file)
    {
        if (file.Length <= BitDepthOffset || !file[..8].SequenceEqual(Signature)) return 0;
        return file[BitDepthOffset];
    }
}
