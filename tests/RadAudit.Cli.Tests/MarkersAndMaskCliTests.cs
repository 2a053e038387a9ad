using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Imaging;
using RadAudit.Testing;

namespace RadAudit.Cli.Tests;

public sealed class MarkersAndMaskCliTests
{
    private static (int Code, string Output, string Error) Run(params string[] args) => CliInvocation.Run(args);

    // A dark 96x96 image with a bright L (stroke 4) whose ink box is (x, 10, 16, 24).
    private static byte[] ImageWithL(int x)
    {
        var image = new GrayImage(96, 96);
        Array.Fill(image.Pixels, 0.1f);
        for (int row = 10; row < 34; row++)
            for (int column = x; column < x + 16; column++)
                if (column < x + 4 || row >= 30) image[column, row] = 1f;
        return ImageCodec.EncodeGrayPng(image);
    }

    [Fact]
    public void Should_detect_evaluate_and_mask_a_folder_of_images_end_to_end()
    {
        // Given two images with an L and a manifest naming them, and the true boxes
        using var folder = new TemporaryFolder();
        folder.WriteBytes("data/a/one.png", ImageWithL(8));
        folder.WriteBytes("data/b/two.png", ImageWithL(60));
        folder.WriteText("data/manifest.csv", "path,label\na/one.png,1\nb/two.png,0\n");
        folder.WriteText("truth.csv", "path,x,y,width,height,kind\na/one.png,8,10,16,24,laterality\nb/two.png,60,10,16,24,laterality\n");

        // When detected, evaluated and covered
        var detect = Run("markers", "detect", "--detector", "rules", "--data", folder.Combine("data"), "--out", folder.Combine("pred.csv"), "--review", folder.Combine("review.png"));
        var eval = Run("markers", "eval", "--truth", folder.Combine("truth.csv"), "--pred", folder.Combine("pred.csv"), "--json", folder.Combine("eval.json"));
        var mask = Run("mask", "--data", folder.Combine("data"), "--markers", folder.Combine("pred.csv"), "--variant", "cover", "--out", folder.Combine("covered"));

        // Then both labels are found, scored perfectly by eval, and covered in a copy with the same layout
        Assert.True(detect.Code == 0, detect.Error);
        Assert.Equal(2, BoxFiles.Read(folder.Combine("pred.csv")).Count(box => box.Kind == LabelKinds.Laterality));
        Assert.Contains("laterality       2      0      0    1.0000  1.0000  1.000", eval.Output);
        Assert.True(File.Exists(folder.Combine("review.png")) && File.Exists(folder.Combine("eval.json")));
        Assert.True(mask.Code == 0, mask.Error + mask.Output);
        Assert.Equal(0f, ImageCodec.Decode(folder.Combine("covered/b/two.png"))[61, 20]);
        Assert.True(File.Exists(folder.Combine("covered/manifest.csv")));
    }

    [Fact]
    public void Should_refuse_detect_without_exactly_one_source_and_mask_into_a_non_empty_folder()
    {
        using var folder = new TemporaryFolder();
        var neither = Run("markers", "detect", "--out", folder.Combine("p.csv"));
        Assert.Equal(2, neither.Code);
        Assert.Contains("exactly one of --data", neither.Error);
        folder.WriteBytes("data/a.png", ImageWithL(8));
        folder.WriteText("data/manifest.csv", "path,label\na.png,1\n");
        folder.WriteText("boxes.csv", "path,x,y,width,height,kind\n");
        folder.WriteText("out/keep.txt", "x");
        var mask = Run("mask", "--data", folder.Combine("data"), "--markers", folder.Combine("boxes.csv"), "--variant", "cover", "--out", folder.Combine("out"));
        Assert.Equal(2, mask.Code);
        Assert.Contains("--force", mask.Error);
    }
}
