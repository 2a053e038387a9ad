using System.Runtime.CompilerServices;
using System.Text.Json;
using RadAudit.Learning.Models;
using RadAudit.Learning.Saliency;
using static TorchSharp.torch;

namespace RadAudit.Learning.Tests.Saliency;

/// <summary>
/// RadAudit's Grad-CAM against PyTorch's on the same DenseNet-121 and input: the golden files come from
/// bench/peer/gradcam_reference.py (python3-torch), checked in, so CI needs no Python.
/// </summary>
[Trait("Category", "Slow")]
public sealed class PyTorchAgreementTests
{
    private const int Size = 224;
    private const int Batch = 2;

    [Fact]
    public void Should_match_pytorch_grad_cam_and_grad_cam_plus_plus_on_densenet_121()
    {
        // Given DenseNet-121 filled with the hashed weights and the hashed input the reference script used
        JsonElement golden = ReadGolden(out ushort[] fullMaps);
        using var model = ModelRegistry.Create("densenet-121");
        HashedWeights.Fill(model);
        using var input = HashedInput();

        // When RadAudit computes Grad-CAM and Grad-CAM++
        SaliencyBatch gradCam = new GradCam(model).Explain(input, SaliencyTarget.Abnormal);
        SaliencyBatch plusPlus = new GradCamPlusPlus(model).Explain(input, SaliencyTarget.Abnormal);

        // Then logits agree closely and every 224 × 224 map correlates with PyTorch's at ≥ 0.99
        float[] logits = [.. golden.GetProperty("logits").EnumerateArray().Select(value => value.GetSingle())];
        for (int image = 0; image < Batch; image++)
        {
            Assert.Equal(logits[image], gradCam.Logits[image], 4);
            float[] expected = [.. fullMaps.AsSpan(image * Size * Size, Size * Size).ToArray().Select(value => value / 65535f)];
            double correlation = SquareKnownAnswerTests.Correlation(expected, gradCam.Maps[image].Pixels);
            Assert.True(correlation >= 0.99, $"Grad-CAM image {image}: correlation {correlation:0.0000}");
            float[] expectedPlus = Upsampled(golden.GetProperty("gradcam_plus_plus_raw")[image]);
            double correlationPlus = SquareKnownAnswerTests.Correlation(expectedPlus, plusPlus.Maps[image].Pixels);
            Assert.True(correlationPlus >= 0.99, $"Grad-CAM++ image {image}: correlation {correlationPlus:0.0000}");
        }
    }

    private static Tensor HashedInput()
    {
        float[] pixels = [.. HashedWeights.Uniform("input", Batch * Size * Size).Select(value => (float)(0.3 * value))];
        AddSquare(pixels, 0, 40, 80, 150, 190);
        AddSquare(pixels, 1, 140, 200, 30, 70);
        return tensor(pixels, [Batch, 1, Size, Size]);
    }

    private static void AddSquare(float[] pixels, int image, int top, int bottom, int left, int right)
    {
        for (int y = top; y < bottom; y++)
            for (int x = left; x < right; x++)
                pixels[(image * Size + y) * Size + x] += 0.7f;
    }

    /// <summary>The reference raw 7 × 7 map upsampled as RadAudit does (bilinear, half-pixel centres, scaled to max 1).</summary>
    private static float[] Upsampled(JsonElement raw)
    {
        float[] values = [.. raw.EnumerateArray().Select(value => value.GetSingle())];
        int side = (int)Math.Round(Math.Sqrt(values.Length));
        using var low = tensor(values, [1, 1, side, side]);
        using var full = nn.functional.interpolate(low, size: [Size, Size], mode: InterpolationMode.Bilinear, align_corners: false);
        using var peak = full.max();
        using var scaled = full / peak;
        return scaled.data<float>().ToArray();
    }

    private static JsonElement ReadGolden(out ushort[] fullMaps, [CallerFilePath] string source = "")
    {
        string stem = Path.Combine(Path.GetDirectoryName(source)!, "Golden", "densenet121_gradcam");
        byte[] bytes = File.ReadAllBytes(stem + ".bin");
        fullMaps = new ushort[bytes.Length / 2];
        Buffer.BlockCopy(bytes, 0, fullMaps, 0, bytes.Length);
        return JsonDocument.Parse(File.ReadAllText(stem + ".json")).RootElement.Clone();
    }
}
