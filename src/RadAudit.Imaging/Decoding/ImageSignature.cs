namespace RadAudit.Imaging.Decoding;

/// <summary>What a file's first bytes say it is, so an image of another format wearing a .png name is named.</summary>
internal static class ImageSignature
{
    /// <summary>Null for PNG, JPEG or bytes of no known image format (the decoder then reports them); otherwise the
    /// other format in words, e.g. "a GIF image".</summary>
    public static string? Describe(ReadOnlySpan<byte> bytes)
    {
        if (StartsWith(bytes, [0x89, (byte)'P', (byte)'N', (byte)'G']) || StartsWith(bytes, [0xFF, 0xD8, 0xFF])) return null;
        if (StartsWith(bytes, "GIF87a"u8) || StartsWith(bytes, "GIF89a"u8)) return "a GIF image";
        if (StartsWith(bytes, "BM"u8) && bytes.Length > 14) return "a BMP image";
        if (StartsWith(bytes, "RIFF"u8) && bytes.Length > 12 && bytes[8..12].SequenceEqual("WEBP"u8)) return "a WebP image";
        if (StartsWith(bytes, "II*\0"u8) || StartsWith(bytes, "MM\0*"u8)) return "a TIFF image";
        if (StartsWith(bytes, [0x00, 0x00, 0x01, 0x00])) return "an ICO icon";
        if (bytes.Length > 12 && bytes[4..8].SequenceEqual("ftyp"u8)) return "a HEIF/AVIF image";
        if (StartsWith(bytes, "DICM"u8) || (bytes.Length > 132 && bytes[128..132].SequenceEqual("DICM"u8))) return "a DICOM file";
        return null;
    }

    private static bool StartsWith(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> prefix) => bytes.StartsWith(prefix);
}
