using RadAudit.Core;
using RadAudit.Imaging;
using RadAudit.Learning.Markers;
using static TorchSharp.torch;

namespace RadAudit.Learning.Tests.Markers;

public sealed class DetectorTrainingSetTests
{
    // A 256-px image, black but for a bright 8-px square (a "screw") near its bottom-right corner, and no label.
    private static DetectorSample MimicOnly()
    {
        var image = new GrayImage(256, 256);
        for (int y = 216; y < 224; y++)
            for (int x = 216; x < 224; x++)
                image.Pixels[y * 256 + x] = 1f;
        return new DetectorSample(image, []) { Mimics = [new LabelBox("", 216, 216, 8, 8, "screw")] };
    }

    private static int CropsShowingTheMimic(double mimicShare)
    {
        var architecture = LabelDetectorArchitecture.Default with { InputSize = 256 };
        var set = DetectorTrainingSet.Build(1, _ => MimicOnly(), architecture, threads: 1, progress: null, CancellationToken.None);
        var random = new Random(5);
        int showing = 0;
        for (int draw = 0; draw < 20; draw++)
        {
            using var scope = NewDisposeScope();
            var (pixels, _) = set.Batch([0], orientation: 0, crop: 64, random, mimicShare);
            if (pixels.max().item<float>() > 0.5f) showing++;
        }
        return showing;
    }

    [Fact]
    public void Should_centre_every_crop_on_a_mimic_when_the_share_is_one()
    {
        // Given an image whose only bright thing is a mimic, and crops of a quarter of its side
        // Then with mimic share 1 every crop holds the mimic (no label to centre on, so every crop is a non-label crop)
        Assert.Equal(20, CropsShowingTheMimic(mimicShare: 1));
    }

    [Fact]
    public void Should_place_crops_anywhere_without_a_mimic_share()
    {
        // A 64-px crop placed anywhere on 256 px holds an 8-px square near the corner only sometimes
        Assert.InRange(CropsShowingTheMimic(mimicShare: 0), 0, 10);
    }
}
