namespace RadAudit.Review.Images;

/// <summary>The media type of an image file from its first bytes (never from its name, which comes from the data).</summary>
internal static class ImageContentType
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary><c>image/png</c>, <c>image/jpeg</c>, or null for anything a browser should not be handed as is.</summary>
    public static string? Of(ReadOnlySpan<byte> head)
    {
        if (head.Length >= PngSignature.Length && head[..PngSignature.Length].SequenceEqual(PngSignature)) return "image/png";
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF) return "image/jpeg";
        return null;
    }

    /// <summary>The media type of <paramref name="file"/> from its first bytes.</summary>
    public static string? OfFile(string file)
    {
        Span<byte> head = stackalloc byte[8];
        using var stream = File.OpenRead(file);
        return Of(head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)]);
    }
}
