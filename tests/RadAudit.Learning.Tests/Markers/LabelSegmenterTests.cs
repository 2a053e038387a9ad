using RadAudit.Learning.Markers;
using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Learning.Tests.Markers;

public sealed class LabelSegmenterTests
{
    [Fact]
    public void Should_output_one_finite_logit_per_kind_and_stride_two_cell_and_give_every_weight_a_gradient()
    {
        // Given the shipped architecture and a random batch of two 64-px images
        torch.manual_seed(3);
        using var network = new LabelSegmenter(LabelDetectorArchitecture.Default);
        using var scope = NewDisposeScope();
        Tensor input = torch.rand(2, 1, 64, 64);

        // When it runs forward and backward
        Tensor logits = network.forward(input);
        logits.sum().backward();

        // Then the map is 2 × 3 × 32 × 32, finite, and no parameter is left without a gradient
        Assert.Equal(new long[] { 2, 3, 32, 32 }, logits.shape);
        Assert.True(logits.isfinite().all().item<bool>());
        Assert.All(network.named_parameters(), pair => Assert.True(pair.parameter.grad is not null && pair.parameter.grad.abs().sum().item<float>() > 0, pair.name));
    }

    [Fact]
    public void Should_be_small_enough_to_ship()
    {
        // Given the shipped architecture
        using var network = new LabelSegmenter(LabelDetectorArchitecture.Default);

        // Then it has a few hundred thousand weights (under 1 MB as float32)
        long parameters = network.parameters().Sum(parameter => parameter.numel());
        Assert.InRange(parameters, 100_000, 250_000);
    }
}
