using RadAudit.Learning.Models;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RadAudit.Learning.Tests.Models;

/// <summary>RadAudit's batch normalisation replaces TorchSharp's only to hold its Scalars (HeldScalars): it must
/// compute, count and name everything exactly as TorchSharp's <c>BatchNorm2d</c> does.</summary>
public sealed class BatchNormalization2dTests
{
    [Fact]
    public void Should_match_TorchSharp_BatchNorm2d_in_training_and_evaluation()
    {
        // Given both modules with the same non-trivial affine parameters
        using var scope = torch.NewDisposeScope();
        torch.manual_seed(3);
        using BatchNorm2d reference = nn.BatchNorm2d(5);
        using var held = new BatchNormalization2d(5);
        using (torch.no_grad())
        {
            Tensor weight = torch.rand(5).add_(0.5), bias = torch.randn(5);
            reference.weight.copy_(weight);
            reference.bias!.copy_(bias);
            held.weight.copy_(weight);
            held.bias!.copy_(bias);
        }

        // When three training batches (with different statistics) pass through each, then one evaluation batch
        for (int batch = 0; batch < 3; batch++)
        {
            Tensor input = torch.randn(4, 5, 3, 3).mul_(batch + 1).add_(batch);
            Assert.True(held.forward(input).allclose(reference.forward(input), rtol: 1e-6, atol: 1e-6), $"training batch {batch}");
        }
        reference.eval();
        held.eval();
        Tensor evaluation = torch.randn(2, 5, 3, 3);
        Tensor expected = reference.forward(evaluation);
        Tensor actual = held.forward(evaluation);

        // Then outputs, running statistics and the batch count agree, and evaluation does not count
        Assert.True(actual.allclose(expected, rtol: 1e-6, atol: 1e-6));
        Assert.True(held.running_mean!.allclose(reference.running_mean!, rtol: 1e-6, atol: 1e-7));
        Assert.True(held.running_var!.allclose(reference.running_var!, rtol: 1e-6, atol: 1e-7));
        Assert.Equal(3L, reference.num_batches_tracked!.item<long>());
        Assert.Equal(3L, held.num_batches_tracked!.item<long>());
    }

    [Fact]
    public void Should_carry_torchvision_state_dict_names_and_types()
    {
        // Given a fresh module
        using var held = new BatchNormalization2d(3);

        // When its state dictionary is listed
        var entries = held.state_dict().ToDictionary(entry => entry.Key, entry => entry.Value.dtype);

        // Then the keys and types are those of TorchSharp's and PyTorch's BatchNorm2d
        Assert.Equal(["weight", "bias", "running_mean", "running_var", "num_batches_tracked"], entries.Keys.ToArray());
        Assert.Equal(ScalarType.Int64, entries["num_batches_tracked"]);
        Assert.Equal(ScalarType.Float32, entries["running_var"]);
    }

    [Fact]
    public void Should_name_the_expected_shape_when_the_input_is_not_four_dimensional()
    {
        using var held = new BatchNormalization2d(3);
        using Tensor flat = torch.zeros(2, 3);

        var error = Assert.Throws<ArgumentException>(() => held.forward(flat));

        Assert.Contains("N × C × H × W", error.Message);
        Assert.Contains("2 dimensions", error.Message);
    }

    [Theory]
    [MemberData(nameof(Architectures))]
    public void Should_build_every_architecture_from_batch_norms_that_hold_their_scalars(string architecture)
    {
        // Given a model of each registered architecture
        using AbnormalityClassifier model = ModelRegistry.Create(architecture);

        // When its modules are listed
        var norms = model.modules().OfType<BatchNorm>().ToList();

        // Then it has batch norms and every one is RadAudit's. TorchSharp's BatchNorm2d frees its increment Scalar
        // mid-call when another thread collects: bench scalar-race measured 111 and 1 failures in two runs of 400,000
        // calls, RadAudit's 0 of 400,000. That race is too rare and too slow to provoke for a unit test (under the
        // test host a collecting thread slows calls to ~5 a second), so this structural check is the guard.
        Assert.NotEmpty(norms);
        Assert.All(norms, norm => Assert.IsType<BatchNormalization2d>(norm));
    }

    public static TheoryData<string> Architectures() => new(ModelRegistry.Names);
}
