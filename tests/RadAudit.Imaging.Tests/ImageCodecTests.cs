using RadAudit.Testing;

namespace RadAudit.Imaging.Tests;

public sealed class ImageCodecTests
{
    [Fact]
    public void Should_round_trip_a_gray_png_to_within_one_grey_level()
    {
        // Given a 3x2 gradient
        var image = new GrayImage(3, 2, [0f, 0.5f, 1f, 0.25f, 0.75f, 0.1f]);
        using var folder = new TemporaryFolder();
        string path = folder.WriteBytes("g.png", ImageCodec.EncodeGrayPng(image));

        // When decoded again
        GrayImage decoded = ImageCodec.Decode(path);

        // Then size and values survive 8-bit quantisation
        Assert.Equal((3, 2), ImageCodec.ReadSize(path));
        for (int i = 0; i < image.Pixels.Length; i++)
            Assert.InRange(decoded.Pixels[i], image.Pixels[i] - 0.5f / 255, image.Pixels[i] + 0.5f / 255);
    }

    [Fact]
    public void Should_name_the_file_when_it_cannot_be_decoded()
    {
        using var folder = new TemporaryFolder();
        string path = folder.WriteBytes("broken.png", [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);
        var problem = Assert.ThrowsAny<RadAudit.Core.RadAuditException>(() => ImageCodec.Decode(path));
        Assert.Contains("broken.png", problem.Message);
    }
}
