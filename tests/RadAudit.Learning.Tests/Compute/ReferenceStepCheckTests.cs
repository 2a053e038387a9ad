using RadAudit.Learning.Models;
using RadAudit.Learning.Runtime.Compute;
using TorchSharp;

namespace RadAudit.Learning.Tests.Compute;

/// <summary>The float64 reference check: right numbers pass, wrong ones do not, on every machine.</summary>
[Trait("Category", "Slow")]
public sealed class ReferenceStepCheckTests
{
    [Theory]
    [InlineData("densenet-small", MemoryLayout.Contiguous)]
    [InlineData("densenet-small", MemoryLayout.ChannelsLast)]
    [InlineData("resnet-18", MemoryLayout.ChannelsLast)]
    public void Should_pass_a_correct_step_with_errors_far_inside_the_float32_tolerances(string architecture, MemoryLayout layout)
    {
        // Given this machine's libtorch made ready (on issue #16's VM that includes the cache repair)
        ComputeRuntime.EnsureReady();

        // When one training step is checked against float64
        ReferenceCheckResult result = ReferenceStepCheck.Run(new ReferenceCase(architecture, layout, ComputePrecision.Float32, 64));

        // Then every quantity agrees, each kind at most a tenth of its tolerance (correct kernels measured ≤ 1/6)
        Assert.True(result.Passed, string.Join("; ", result.Failures));
        Assert.Equal(["logits", "loss", "gradients", "batch-norm statistics"], result.Worst.Select(WorstKind));
        Assert.All(result.Worst, worst => Assert.True(worst.Severity < 0.1, worst.ToString()));
    }

    [Fact]
    public void Should_fail_a_step_whose_convolution_computes_one_wrong_channel()
    {
        // Given a check whose float32 model has one output channel of the stem convolution zeroed after building, as a
        // broken weight reorder would leave it
        ComputeRuntime.EnsureReady();
        var reference = new ReferenceCase("densenet-small", MemoryLayout.Contiguous, ComputePrecision.Float32, 64);

        // When the step is checked
        ReferenceCheckResult result = ReferenceStepCheck.Run(reference, alterComputed: model =>
        {
            using var noGrad = torch.no_grad();
            model.named_parameters().First(pair => pair.name == "features.conv0.weight").parameter[0].zero_();
        });

        // Then it fails, naming gradients far beyond tolerance
        Assert.False(result.Passed);
        Assert.Contains(result.Failures, failure => failure.Quantity.StartsWith("grad features.", StringComparison.Ordinal) && failure.Severity > 10);
    }

    [Fact]
    public void Should_catch_non_finite_numbers_even_in_bfloat16()
    {
        ComputeRuntime.EnsureReady();
        var reference = new ReferenceCase("densenet-small", MemoryLayout.Contiguous, ComputePrecision.BFloat16, 64);

        ReferenceCheckResult healthy = ReferenceStepCheck.Run(reference);
        ReferenceCheckResult poisoned = ReferenceStepCheck.Run(reference, alterComputed: model =>
        {
            using var noGrad = torch.no_grad();
            model.named_parameters().First(pair => pair.name == "features.norm0.weight").parameter[0].fill_(double.NaN);
        });

        Assert.True(healthy.Passed, string.Join("; ", healthy.Failures));
        Assert.False(poisoned.Passed);
        Assert.Contains(poisoned.Failures, failure => double.IsNaN(failure.RelativeError));
    }

    private static string WorstKind(QuantityDisagreement worst) => worst.Quantity switch
    {
        "logits" or "logits (ReLU)" => "logits",
        "loss" => "loss",
        var name when name.StartsWith("grad ", StringComparison.Ordinal) => "gradients",
        _ => "batch-norm statistics",
    };
}
