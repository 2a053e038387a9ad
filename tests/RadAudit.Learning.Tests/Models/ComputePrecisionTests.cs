using RadAudit.Core;
using RadAudit.Learning.Models;
using RadAudit.Learning.Prediction;
using RadAudit.Learning.Runtime;
using RadAudit.Learning.Tests.Training;
using RadAudit.Learning.Training;
using RadAudit.Testing;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RadAudit.Learning.Tests.Models;

/// <summary><c>--precision bf16</c>: convolutions compute in bfloat16, while weights, gradients, batch-norm
/// statistics, the head and the loss stay float32 (how "numerically safe" is checked).</summary>
[Trait("Category", "Slow")]
public sealed class ComputePrecisionTests
{
    [Fact]
    public void Should_initialise_and_compute_like_TorchSharp_Conv2d_in_float32()
    {
        // Given TorchSharp's convolution and RadAudit's, built after the same seed
        using var scope = torch.NewDisposeScope();
        torch.manual_seed(5);
        using Conv2d reference = nn.Conv2d(3, 4, 3, stride: 2, padding: 1, bias: false);
        torch.manual_seed(5);
        using var convolution = new Convolution2d(3, 4, 3, stride: 2, padding: 1);
        Tensor input = torch.randn(2, 3, 9, 9);

        // When both run forward
        Tensor expected = reference.forward(input);
        Tensor actual = convolution.forward(input);

        // Then the weights (the same draws from the generator), names and outputs are identical
        Assert.True(convolution.weight.equal(reference.weight).all().item<bool>());
        Assert.Equal(["weight"], convolution.state_dict().Keys.ToArray());
        Assert.True(actual.equal(expected).all().item<bool>());
    }

    [Fact]
    public void Should_compute_convolutions_in_bfloat16_and_return_float32_gradients_to_float32_weights()
    {
        // Given a bf16 convolution over float32 input
        using var scope = torch.NewDisposeScope();
        torch.manual_seed(6);
        using var convolution = new Convolution2d(2, 3, 3, padding: 1) { ComputeType = ScalarType.BFloat16 };
        Tensor input = torch.randn(1, 2, 6, 6);
        Tensor exact = nn.functional.conv2d(input, convolution.weight, padding: [1, 1]);

        // When it runs forward and backward
        Tensor output = convolution.forward(input);
        output.to(ScalarType.Float32).sum().backward();

        // Then the output is bfloat16 and near the float32 result (bf16 keeps 8 significant bits), and the
        // weight and its gradient are still float32
        Assert.Equal(ScalarType.BFloat16, output.dtype);
        double worst = (output.to(ScalarType.Float32) - exact).abs().max().item<float>();
        double scale = exact.abs().max().item<float>();
        Assert.InRange(worst / scale, 0.0, 0.02);
        Assert.Equal(ScalarType.Float32, convolution.weight.dtype);
        Assert.Equal(ScalarType.Float32, convolution.weight.grad!.dtype);
    }

    [Theory]
    [InlineData("densenet-small")]
    [InlineData("resnet-18")]
    public void Should_keep_logits_loss_weights_gradients_and_batch_norm_statistics_in_float32_under_bf16(string architecture)
    {
        // Given the same seeded model twice, one computing in bf16, and one training batch
        using var scope = torch.NewDisposeScope();
        torch.manual_seed(8);
        using AbnormalityClassifier exact = ModelRegistry.Create(architecture);
        torch.manual_seed(8);
        using AbnormalityClassifier reduced = ModelRegistry.Create(architecture);
        reduced.UsePrecision(ComputePrecision.BFloat16);
        (var records, var pixels) = SeparableData.Make(Splits.Train, 8, seed: 3, size: 64);
        var batch = BatchTensors.From(new InMemoryBatchSource(records, pixels, 64, 64, 8).Batches(epoch: 1).First(), torch.CPU);

        // When each takes one training step
        using var exactOptimizer = new FlatAdam(exact.parameters(), 1e-3);
        using var reducedOptimizer = new FlatAdam(reduced.parameters(), 1e-3);
        float exactLoss = TrainingStep.Run(exact, exactOptimizer, batch, gradientClipNorm: null);
        float reducedLoss = TrainingStep.Run(reduced, reducedOptimizer, batch, gradientClipNorm: null);

        // Then the loss agrees to bf16 accuracy, and everything stateful is float32 and close to the exact run
        Assert.Equal(ComputePrecision.BFloat16, reduced.Precision);
        Assert.InRange(Math.Abs(reducedLoss - exactLoss) / Math.Abs(exactLoss), 0.0, 0.05);
        Assert.All(reduced.parameters(), parameter => Assert.Equal(ScalarType.Float32, parameter.dtype));
        Assert.All(reduced.parameters(), parameter => Assert.Equal(ScalarType.Float32, parameter.grad!.dtype));
        var exactNorms = exact.modules().OfType<BatchNormalization2d>().ToList();
        var reducedNorms = reduced.modules().OfType<BatchNormalization2d>().ToList();
        for (int index = 0; index < exactNorms.Count; index++)
        {
            Assert.Equal(ScalarType.Float32, reducedNorms[index].running_var!.dtype);
            Assert.True(reducedNorms[index].running_mean!.allclose(exactNorms[index].running_mean!, rtol: 0.05, atol: 0.02),
                $"running mean of batch norm {index}");
            Assert.True(reducedNorms[index].running_var!.allclose(exactNorms[index].running_var!, rtol: 0.05, atol: 0.02),
                $"running variance of batch norm {index}");
        }
        reduced.eval();
        Assert.Equal(ScalarType.Float32, reduced.forward(batch.Pixels).dtype);
    }

    [Fact]
    public void Should_learn_a_separable_set_in_bf16_and_record_the_precision_in_the_run_folder()
    {
        // Given the trivially separable set and bf16 training
        using var folder = new TemporaryFolder();
        TrainingOptions options = SeparableData.Options(3) with { Precision = "bf16" };

        // When it trains
        TrainingResult result = Trainer.Train(options, SeparableData.Splits(), folder.Path);

        // Then it learns as float32 training does (valid AUC 1), the configuration says bf16, and the checkpoint
        // predicts in float32
        Assert.Equal(1.0, result.Metrics[^1].ValidImageAuc);
        Assert.True(result.Metrics[^1].TrainLoss < result.Metrics[0].TrainLoss, "training loss falls");
        Assert.Contains("\"precision\": \"bf16\"", File.ReadAllText(result.Run.ConfigPath), StringComparison.OrdinalIgnoreCase);
        using Predictor predictor = Predictor.Open(folder.Path, "last", "cpu");
        Assert.Equal(1.0, SplitEvaluation.From(predictor.Predict(SeparableData.Splits().Valid), 0).ImageAuc);
    }

    [Fact]
    public void Should_name_the_choices_for_an_unknown_precision()
    {
        var problem = Assert.Throws<RadAuditException>(() => ComputePrecisionNames.Parse("fp16"));

        Assert.Contains("fp32, bf16", problem.Message);
        Assert.Equal(2, problem.ExitCode);
    }

    [Fact]
    public void Should_warn_about_bf16_on_a_cpu_only_when_it_lacks_bfloat16_units()
    {
        Assert.Null(BFloat16Hardware.Warning("fp32", "cpu"));
        string? warning = BFloat16Hardware.Warning("bf16", "cpu");
        Assert.Equal(BFloat16Hardware.CpuHasBFloat16Units(), warning is null);
        if (warning is not null) Assert.Contains("avx512_bf16", warning);
    }
}
