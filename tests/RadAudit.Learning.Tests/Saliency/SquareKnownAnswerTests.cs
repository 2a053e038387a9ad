using RadAudit.Imaging;
using RadAudit.Learning.Runtime;
using RadAudit.Learning.Saliency;
using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Learning.Tests.Saliency;

/// <summary>A tiny CNN trained to detect a bright square must point at the square, whatever the method.</summary>
public sealed class SquareKnownAnswerTests(TrainedSquareModel trained) : IClassFixture<TrainedSquareModel>
{
    private const int TestImages = 20;

    [Theory]
    [InlineData(SaliencyMethods.GradCam)]
    [InlineData(SaliencyMethods.GradCamPlusPlus)]
    [InlineData(SaliencyMethods.Occlusion)]
    public void Should_put_the_peak_inside_the_bright_square(string methodName)
    {
        // Given the trained model (on CUDA when available, else CPU) and unseen positive images
        Assert.True(trained.FinalLoss < 0.1f, $"the tiny model did not learn (loss {trained.FinalLoss})");
        Device device = ComputeDevice.Resolve("auto");
        trained.Net.to(device);
        var (pixels, _, squares) = SquareImages.Create(TestImages, seed: 99);
        using var input = tensor(pixels, [TestImages, 1, SquareImages.Size, SquareImages.Size]).to(device);

        // When the method explains "abnormal" for the batch
        SaliencyMethod method = SaliencyMethods.Create(methodName, trained.Net, SquareImages.Size);
        SaliencyBatch result = method.Explain(input, SaliencyTarget.Abnormal);
        trained.Net.to(CPU);

        // Then every positive's map peaks inside its square
        for (int i = 1; i < TestImages; i += 2)
        {
            (int x, int y) = Peak(result.Maps[i]);
            Assert.True(SquareImages.Inside(squares[i], x, y), $"image {i}: peak ({x}, {y}), square at {squares[i]}");
        }
    }

    [Fact]
    public void Should_agree_between_occlusion_and_grad_cam()
    {
        // Given the trained model and positive images
        var (pixels, _, _) = SquareImages.Create(TestImages, seed: 99);
        using var input = tensor(pixels, [TestImages, 1, SquareImages.Size, SquareImages.Size]);

        // When both methods explain "abnormal"
        var cam = new GradCam(trained.Net).Explain(input, SaliencyTarget.Abnormal);
        var occlusion = SaliencyMethods.Create(SaliencyMethods.Occlusion, trained.Net, SquareImages.Size).Explain(input, SaliencyTarget.Abnormal);

        // Then their maps correlate clearly on every positive image
        for (int i = 1; i < TestImages; i += 2)
        {
            double correlation = Correlation(cam.Maps[i].Pixels, occlusion.Maps[i].Pixels);
            Assert.True(correlation > 0.5, $"image {i}: correlation {correlation:0.000}");
        }
    }

    [Fact]
    public void Should_explain_each_image_of_a_batch_as_if_alone()
    {
        // Given a batch of 4 images
        var (pixels, _, _) = SquareImages.Create(4, seed: 5);
        using var batch = tensor(pixels, [4, 1, SquareImages.Size, SquareImages.Size]);
        var method = new GradCam(trained.Net);

        // When the batch and its third image alone are explained
        SaliencyBatch together = method.Explain(batch, SaliencyTarget.Abnormal);
        using var single = batch[TensorIndex.Slice(2, 3)];
        SaliencyBatch alone = method.Explain(single, SaliencyTarget.Abnormal);

        // Then the third map and logit are the same
        GradientCamTests.AssertClose(alone.Maps[0].Pixels, together.Maps[2].Pixels, 1e-4f);
        Assert.Equal(alone.Logits[0], together.Logits[2], 4);
    }

    [Fact]
    public void Should_leave_no_live_tensors_behind()
    {
        // Given an input created outside any scope
        var (pixels, _, _) = SquareImages.Create(4, seed: 6);
        using var input = tensor(pixels, [4, 1, SquareImages.Size, SquareImages.Size]);
        var method = new GradCamPlusPlus(trained.Net);
        method.Explain(input, SaliencyTarget.Abnormal);
        long before = DisposeScopeManager.Statistics.ThreadTotalLiveCount;

        // When explaining again
        method.Explain(input, SaliencyTarget.Normal);

        // Then no tensor is left alive
        Assert.Equal(before, DisposeScopeManager.Statistics.ThreadTotalLiveCount);
    }

    private static (int X, int Y) Peak(GrayImage map)
    {
        int best = 0;
        for (int i = 1; i < map.Pixels.Length; i++)
            if (map.Pixels[i] > map.Pixels[best]) best = i;
        return (best % map.Width, best / map.Width);
    }

    internal static double Correlation(float[] first, float[] second)
    {
        double meanFirst = first.Average(v => (double)v), meanSecond = second.Average(v => (double)v);
        double covariance = 0, varianceFirst = 0, varianceSecond = 0;
        for (int i = 0; i < first.Length; i++)
        {
            double a = first[i] - meanFirst, b = second[i] - meanSecond;
            covariance += a * b;
            varianceFirst += a * a;
            varianceSecond += b * b;
        }
        return covariance / Math.Sqrt(varianceFirst * varianceSecond);
    }
}
