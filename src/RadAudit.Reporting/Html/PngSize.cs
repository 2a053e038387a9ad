using RadAudit.Core;

namespace RadAudit.Reporting.Html;

/// <summary>Reads a PNG's width and height from its IHDR chunk (no decoding), to size box outlines over it.</summary>
public static class PngSize
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    /// <summary>Width and height in pixels; <paramref name="source"/> names the image in the error.</summary>
    public static (int Width, int Height) Read(byte[] png, string source)
    {
        // Signature (8 bytes), IHDR length (4), "IHDR" (4), then big-endian width and height.
        if (png.Length < 24 || !png.AsSpan(0, 8).SequenceEqual(Signature) || png[12] != 'I' || png[13] != 'H')
            throw new RadAuditException($"{source}: gallery image is not a PNG; pass PNG bytes for report images.");
        return (BigEndian(png, 16), BigEndian(png, 20));
    }

    private static int BigEndian(byte[] bytes, int offset) =>
        (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
}
