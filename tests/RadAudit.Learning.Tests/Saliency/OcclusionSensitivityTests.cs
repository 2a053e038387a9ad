using RadAudit.Learning.Saliency;
using static TorchSharp.torch;

namespace RadAudit.Learning.Tests.Saliency;

public sealed class OcclusionSensitivityTests
{
    [Fact]
    public void Should_average_the_score_drop_of_every_overlapping_patch()
    {
        // Given a 6 × 6 image and the brightness model (z = mean(2x − 1)), patch 4, stride 2: starts 0 and 2 per axis
        var random = new Random(5);
        float[] pixels = [.. Enumerable.Range(0, 36).Select(_ => (float)random.NextDouble())];
        using var input = tensor(pixels, [1, 1, 6, 6]);

        // When occlusion runs with batches of 3 (so positions span two batches)
        SaliencyBatch result = new OcclusionSensitivity(new BrightnessModel(), patchSize: 4, stride: 2, batchSize: 3)
            .Explain(input, SaliencyTarget.Abnormal);

        // Then each pixel holds the mean drop over its covering patches, computed here by brute force
        float[] expected = BruteForce(pixels, 6, 4, [0, 2]);
        float peak = expected.Max();
        GradientCamTests.AssertClose([.. expected.Select(value => Math.Max(0f, value) / peak)], result.Maps[0].Pixels, 1e-4f);
    }

    [Fact]
    public void Should_evaluate_occluded_copies_in_batches()
    {
        // Given an 8 × 8 image, patch 4, stride 2: 3 × 3 = 9 positions, batch 4 → 3 passes, plus 1 for the baseline
        var model = new BrightnessModel();
        using var input = rand([1, 1, 8, 8]);

        // When occlusion runs
        new OcclusionSensitivity(model, patchSize: 4, stride: 2, batchSize: 4).Explain(input, SaliencyTarget.Abnormal);

        // Then the model was called 4 times, not 10
        Assert.Equal(4, model.Calls);
    }

    private static float[] BruteForce(float[] pixels, int size, int patch, int[] starts)
    {
        double Score(float[] image) => image.Average(x => 2.0 * x - 1.0);
        double baseline = Score(pixels), mean = pixels.Average(x => (double)x);
        var sums = new double[size * size];
        var counts = new int[size * size];
        foreach (int y0 in starts)
        {
            foreach (int x0 in starts)
            {
                float[] occluded = (float[])pixels.Clone();
                for (int y = y0; y < y0 + patch; y++)
                    for (int x = x0; x < x0 + patch; x++) occluded[y * size + x] = (float)mean;
                double drop = baseline - Score(occluded);
                for (int y = y0; y < y0 + patch; y++)
                    for (int x = x0; x < x0 + patch; x++) { sums[y * size + x] += drop; counts[y * size + x]++; }
            }
        }
        return [.. sums.Select((sum, i) => (float)(sum / counts[i]))];
    }
}
