using RadAudit.Testing;

namespace RadAudit.Imaging.Tests;

public sealed class PngWriterRoundTripTests
{
    [Theory]
    [InlineData(false, 1, false)]
    [InlineData(false, 1, true)]
    [InlineData(true, 1, true)]
    [InlineData(true, 6, false)]
    public void Should_decode_to_the_exact_bytes_that_were_written(bool rgb, int level, bool huffmanOnly)
    {
        // Given a noisy 37×23 image (odd sizes: rows do not fill whole vectors) with both extremes present
        var random = new Random(5);
        var pixels = new float[37 * 23];
        for (int i = 0; i < pixels.Length; i++) pixels[i] = (float)random.NextDouble();
        pixels[0] = 0f;
        pixels[^1] = 1f;
        var image = new GrayImage(37, 23, pixels);

        // When it is written by our PNG writer and read back by SkiaSharp's decoder
        using var folder = new TemporaryFolder();
        string path = folder.WriteBytes("n.png", ImageCodec.EncodePng(image, rgb, level, huffmanOnly));
        GrayImage decoded = ImageCodec.Decode(path);

        // Then every pixel is the rounded 8-bit value of the original
        Assert.Equal((37, 23), (decoded.Width, decoded.Height));
        for (int i = 0; i < pixels.Length; i++)
            Assert.Equal(ImageCodec.ToByte(pixels[i]), (byte)MathF.Round(decoded.Pixels[i] * 255f));
    }
}
