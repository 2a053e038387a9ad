using RadAudit.Imaging.Decoding;
using RadAudit.Testing;
using SkiaSharp;

namespace RadAudit.Imaging.Tests.Decoding;

/// <summary>Only PNG and JPEG files are read, and only regular files are opened.</summary>
public sealed class ImageCodecFileKindTests
{
    [Fact]
    public void Should_name_a_gif_saved_under_a_png_name_instead_of_decoding_it()
    {
        // Given a GIF named image1.png, which Skia itself would decode
        using var folder = new TemporaryFolder();
        string path = folder.WriteBytes("image1.png", CorruptImages.Gif());
        using (var data = SKData.CreateCopy(CorruptImages.Gif()))
        using (var codec = SKCodec.Create(data))
            Assert.Equal(SKEncodedImageFormat.Gif, codec.EncodedFormat);

        // When decoded, then it is an unreadable image, named as a GIF, with the fix
        var problem = Assert.Throws<ImageDecodeException>(() => ImageCodec.Decode(path));
        Assert.Equal(DecodeFailure.UnreadableImage, problem.Failure);
        Assert.Equal($"{path}: unreadable image: a GIF image named .png, and RadAudit reads PNG and JPEG only. " +
            "Convert it to PNG, or skip it with the skip-bad setting.", problem.Message);
    }

    [SkippableFact]
    public void Should_refuse_a_named_pipe_called_image1_png_without_opening_it()
    {
        Skip.IfNot(SpecialFiles.CanMakePipes, "named pipes need Unix and mkfifo");
        // Given a named pipe called image1.png (opening it would wait for a writer forever)
        using var folder = new TemporaryFolder();
        string pipe = SpecialFiles.MakePipe(folder.Combine("image1.png"));

        // When it is decoded, then the decoder refuses it at once, naming what it is
        var problem = SpecialFiles.WithinSeconds(10, () => Assert.Throws<ImageDecodeException>(() => ImageCodec.Decode(pipe)));
        Assert.Equal(DecodeFailure.NotRegularFile, problem.Failure);
        Assert.Contains("a named pipe (FIFO), not an image file; it is not opened", problem.Message);
    }
}
