using RadAudit.Learning.Saliency;
using static TorchSharp.torch;

namespace RadAudit.Learning.Tests.Saliency;

public sealed class GradientCamTests
{
    // A 2 × 2 image: values 0.9, 0.7, 0.4, 0.2 (row-major); logit z = mean(2x − 1) = 0.1.
    private static readonly float[] Pixels = [0.9f, 0.7f, 0.4f, 0.2f];

    [Fact]
    public void Should_weight_channels_by_their_mean_gradient_for_the_abnormal_logit()
    {
        // Given the brightness model: gradient +1/4 on channel x, −1/4 on channel 1 − x
        using var input = tensor(Pixels, [1, 1, 2, 2]);

        // When Grad-CAM explains the abnormal logit
        SaliencyBatch result = new GradCam(new BrightnessModel()).Explain(input, SaliencyTarget.Abnormal);

        // Then the map is ReLU((x − (1 − x)) / 4) = ReLU(2x − 1)/4, scaled to max 1: 0.8, 0.4, 0, 0 → 1, 0.5, 0, 0
        AssertClose([1f, 0.5f, 0f, 0f], result.Maps[0].Pixels);
        Assert.Equal(0.1f, result.Logits[0], 5);
    }

    [Fact]
    public void Should_explain_normal_as_the_negated_logit()
    {
        // Given the same image
        using var input = tensor(Pixels, [1, 1, 2, 2]);

        // When Grad-CAM explains "normal" (score −z)
        SaliencyBatch result = new GradCam(new BrightnessModel()).Explain(input, SaliencyTarget.Normal);

        // Then the map is ReLU(1 − 2x): 0, 0, 0.2, 0.6 → 0, 0, 1/3, 1; the reported logit is still z
        AssertClose([0f, 0f, 1f / 3f, 1f], result.Maps[0].Pixels);
        Assert.Equal(0.1f, result.Logits[0], 5);
    }

    [Fact]
    public void Should_weight_only_positive_gradients_in_grad_cam_plus_plus()
    {
        // Given gradients +1/4 (channel x) and −1/4 (channel 1 − x): only channel x gets a weight
        using var input = tensor(Pixels, [1, 1, 2, 2]);

        // When Grad-CAM++ explains the abnormal logit
        SaliencyBatch result = new GradCamPlusPlus(new BrightnessModel()).Explain(input, SaliencyTarget.Abnormal);

        // Then the map is proportional to x itself: x / 0.9
        AssertClose([1f, 0.7f / 0.9f, 0.4f / 0.9f, 0.2f / 0.9f], result.Maps[0].Pixels);
    }

    [Fact]
    public void Should_upsample_feature_maps_to_the_input_size()
    {
        // Given a trained-free tiny CNN whose features are at half the input resolution
        random.manual_seed(3);
        using var net = new TinySquareNet();
        using var input = rand([3, 1, 32, 32]);

        // When Grad-CAM runs on a batch
        SaliencyBatch result = new GradCam(net).Explain(input, SaliencyTarget.Abnormal);

        // Then there is one 32 × 32 map per image, in [0, 1], each either all zero or peaking at exactly 1
        Assert.Equal(3, result.Maps.Count);
        Assert.Equal(3, result.Logits.Length);
        foreach (var map in result.Maps)
        {
            Assert.Equal((32, 32), (map.Width, map.Height));
            Assert.All(map.Pixels, value => Assert.InRange(value, 0f, 1f));
            float peak = map.Pixels.Max();
            Assert.True(peak == 0f || Math.Abs(peak - 1f) < 1e-6f, $"peak {peak}");
        }
    }

    internal static void AssertClose(float[] expected, float[] actual, float tolerance = 1e-5f)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"[{i}] expected {expected[i]}, got {actual[i]}");
    }
}
