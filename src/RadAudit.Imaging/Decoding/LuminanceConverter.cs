namespace RadAudit.Imaging.Decoding;

/// <summary>
/// Turns decoded pixel buffers into luminance in [0, 1]. Colour uses Rec. 601 weights (0.299, 0.587, 0.114), the
/// weights of most grayscale conversions of radiographs saved as RGB; alpha is ignored because radiographs carry
/// no meaningful transparency and premultiplying would darken pixels.
/// </summary>
internal static class LuminanceConverter
{
    private const float Red = 0.299f, Green = 0.587f, Blue = 0.114f;

    /// <summary>8-bit single-channel rows (stride <paramref name="rowBytes"/>).</summary>
    public static void FromGray8(ReadOnlySpan<byte> source, int rowBytes, GrayImage target)
    {
        float[] pixels = target.Pixels;
        for (int y = 0; y < target.Height; y++)
        {
            ReadOnlySpan<byte> row = source.Slice(y * rowBytes, target.Width);
            int offset = y * target.Width;
            for (int x = 0; x < row.Length; x++) pixels[offset + x] = row[x] / 255f;
        }
    }

    /// <summary>8-bit RGBA rows (unpremultiplied).</summary>
    public static void FromRgba8888(ReadOnlySpan<byte> source, int rowBytes, GrayImage target)
    {
        float[] pixels = target.Pixels;
        const float scale = 1f / 255f;
        for (int y = 0; y < target.Height; y++)
        {
            ReadOnlySpan<byte> row = source.Slice(y * rowBytes, target.Width * 4);
            int offset = y * target.Width;
            for (int x = 0; x < target.Width; x++)
                pixels[offset + x] = (Red * row[4 * x] + Green * row[4 * x + 1] + Blue * row[4 * x + 2]) * scale;
        }
    }
}
