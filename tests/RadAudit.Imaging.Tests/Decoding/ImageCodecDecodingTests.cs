using RadAudit.Core;
using RadAudit.Imaging.Decoding;
using RadAudit.Testing;
using SkiaSharp;

namespace RadAudit.Imaging.Tests.Decoding;

public sealed class ImageCodecDecodingTests
{
    [Fact]
    public void Should_keep_16_bit_precision()
    {
        // Given a 16-bit gray PNG whose values differ by less than one 8-bit step
        ushort[] samples = [1000, 1100, 32768, 65535];
        using var folder = new TemporaryFolder();
        string path = folder.WriteBytes("deep.png", RawPng.Gray16(2, 2, samples));

        // When decoded
        GrayImage image = ImageCodec.Decode(path);

        // Then each value matches the 16-bit sample, not an 8-bit rounding of it
        for (int i = 0; i < samples.Length; i++)
            Assert.Equal(samples[i] / 65535f, image.Pixels[i], 1e-4f);
        Assert.NotEqual(image.Pixels[0], image.Pixels[1]);
    }

    [Theory]
    [InlineData(255, 0, 0, 0.299f)]
    [InlineData(0, 255, 0, 0.587f)]
    [InlineData(0, 0, 255, 0.114f)]
    public void Should_turn_colour_into_rec601_luminance_ignoring_alpha(byte red, byte green, byte blue, float expected)
    {
        // Given a half-transparent colour PNG
        using var folder = new TemporaryFolder();
        using var bitmap = new SKBitmap(new SKImageInfo(3, 2, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        bitmap.Erase(new SKColor(red, green, blue, 128));
        using SKData data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        string path = folder.WriteBytes("colour.png", data.ToArray());

        // When decoded
        GrayImage image = ImageCodec.Decode(path);

        // Then every pixel is the Rec. 601 luminance of the colour, unaffected by alpha
        Assert.All(image.Pixels, value => Assert.Equal(expected, value, 0.003f));
    }

    public static TheoryData<string, DecodeFailure> Corpus => new()
    {
        { "truncated", DecodeFailure.TruncatedImage },
        { "random", DecodeFailure.UnreadableImage },
        { "zero", DecodeFailure.ZeroByteFile },
        { "bomb", DecodeFailure.ImageTooLarge },
        { "missing", DecodeFailure.MissingFile },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Should_name_each_corrupt_file_with_its_failure(string name, DecodeFailure expected)
    {
        // Given one file of the corrupt corpus
        using var folder = new TemporaryFolder();
        byte[]? bytes = name switch
        {
            "truncated" => CorruptImages.Truncated(),
            "random" => CorruptImages.RandomBytes(),
            "zero" => [],
            "bomb" => CorruptImages.Bomb(),
            _ => null,
        };
        string path = bytes is null ? folder.Combine(name + ".png") : folder.WriteBytes(name + ".png", bytes);

        // When decoded
        var problem = Assert.Throws<ImageDecodeException>(() => ImageCodec.Decode(path));

        // Then the failure is named and the message names the file and a fix
        Assert.Equal(expected, problem.Failure);
        Assert.Contains(name + ".png", problem.Message);
        Assert.Contains(Settings.Mention(Settings.SkipBad), problem.Message);
    }

    [Fact]
    public void Should_accept_a_large_image_when_the_cap_allows_it()
    {
        // Given a 64x64 PNG and a cap just below and at its pixel count
        using var folder = new TemporaryFolder();
        string path = folder.WriteBytes("ok.png", CorruptImages.ValidPng());

        // Then the cap is inclusive
        Assert.Equal(64, ImageCodec.Decode(path, maxPixels: 64 * 64).Width);
        Assert.Equal(DecodeFailure.ImageTooLarge,
            Assert.Throws<ImageDecodeException>(() => ImageCodec.Decode(path, maxPixels: 64 * 64 - 1)).Failure);
    }
}
