using RadAudit.Learning.Models;
using RadAudit.Learning.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Learning.Tests.Training;

/// <summary>The flat-buffer Adam against TorchSharp's per-tensor Adam and torch's gradient clipping.</summary>
public sealed class FlatAdamTests
{
    [Theory]
    [InlineData(MemoryLayout.Contiguous)]
    [InlineData(MemoryLayout.ChannelsLast)]
    public void Should_take_the_same_steps_as_TorchSharps_Adam(MemoryLayout layout)
    {
        // Given two identically seeded models, one with TorchSharp's Adam and one with the flat Adam
        using AbnormalityClassifier reference = Seeded(layout);
        using AbnormalityClassifier flat = Seeded(layout);
        using optim.Optimizer adam = optim.Adam(reference.parameters(), 3e-3);
        using var flatAdam = new FlatAdam(flat.parameters(), 3e-3);

        // When both take four steps on the same batches
        for (int step = 0; step < 4; step++)
        {
            using var scope = torch.NewDisposeScope();
            torch.manual_seed(100 + step);
            Tensor pixels = torch.rand(4, 1, 32, 32);
            Tensor labels = torch.tensor(new float[] { 0, 1, 1, 0 });
            adam.zero_grad();
            nn.functional.binary_cross_entropy_with_logits(reference.forward(pixels), labels).backward();
            adam.step();
            flatAdam.ZeroGrad();
            nn.functional.binary_cross_entropy_with_logits(flat.forward(pixels), labels).backward();
            flatAdam.Step();
        }

        // Then every parameter agrees to float rounding, and the weights kept their layout
        using var check = torch.NewDisposeScope();
        var expected = reference.state_dict();
        foreach (var (name, actual) in flat.state_dict())
            Assert.True(actual.allclose(expected[name], rtol: 1e-4, atol: 1e-6), $"{name} differs");
        Assert.Equal(4, flatAdam.Steps);
        Assert.InRange(flatAdam.ElementCount - flat.parameters().Sum(parameter => parameter.numel()), 0, 15 * flatAdam.TensorCount);
        var stem = flat.parameters().First(parameter => parameter.dim() == 4);
        Assert.Equal(layout == MemoryLayout.ChannelsLast, !stem.is_contiguous());
    }

    [Fact]
    public void Should_clip_the_global_gradient_norm_as_torch_does()
    {
        // Given two identical models with the same large gradients
        using AbnormalityClassifier reference = Seeded(MemoryLayout.Contiguous);
        using AbnormalityClassifier flat = Seeded(MemoryLayout.Contiguous);
        using var flatAdam = new FlatAdam(flat.parameters(), 1e-3);
        using var scope = torch.NewDisposeScope();
        torch.manual_seed(5);
        Tensor pixels = torch.rand(4, 1, 32, 32);
        reference.forward(pixels).mul(50).sum().backward();
        flat.forward(pixels).mul(50).sum().backward();

        // When torch clips one to norm 0.5 and the flat Adam clips the other
        double before = nn.utils.clip_grad_norm_(reference.parameters(), 0.5);
        flatAdam.ClipGradientNorm(0.5);

        // Then the gradients were large, and both sets are now the same, with norm 0.5
        Assert.True(before > 1);
        var expected = reference.parameters().ToArray();
        var actual = flat.parameters().ToArray();
        double squares = 0;
        for (int index = 0; index < actual.Length; index++)
        {
            Assert.True(actual[index].grad!.allclose(expected[index].grad!, rtol: 1e-4, atol: 1e-7));
            squares += actual[index].grad!.pow(2).sum().item<float>();
        }
        Assert.Equal(0.5, Math.Sqrt(squares), 3);
    }

    [Fact]
    public void Should_restore_its_moments_and_step_count_from_a_saved_state()
    {
        // Given a flat Adam that took two steps
        using AbnormalityClassifier trained = Seeded(MemoryLayout.Contiguous);
        using var original = new FlatAdam(trained.parameters(), 1e-3);
        for (int step = 0; step < 2; step++) TakeStep(trained, original, step);
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) original.Save(writer);

        // When a copy of the model with a fresh flat Adam loads that state, and both take one more step
        using AbnormalityClassifier copy = Seeded(MemoryLayout.Contiguous);
        using (var noGrad = torch.no_grad())
            foreach (var (name, tensor) in copy.state_dict()) tensor.copy_(trained.state_dict()[name]);
        using var restored = new FlatAdam(copy.parameters(), 1e-3);
        stream.Position = 0;
        using (var reader = new BinaryReader(stream)) restored.Load(reader);
        TakeStep(trained, original, 2);
        TakeStep(copy, restored, 2);

        // Then both models are identical (bias correction and moments continued, not restarted)
        Assert.Equal(3, restored.Steps);
        using var scope = torch.NewDisposeScope();
        var expected = trained.state_dict();
        Assert.All(copy.state_dict(), entry => Assert.True(entry.Value.equal(expected[entry.Key]).all().item<bool>(), entry.Key));
    }

    private static void TakeStep(AbnormalityClassifier model, FlatAdam optimizer, int seed)
    {
        using var scope = torch.NewDisposeScope();
        torch.manual_seed(200 + seed);
        optimizer.ZeroGrad();
        model.forward(torch.rand(4, 1, 32, 32)).sum().backward();
        optimizer.Step();
    }

    private static AbnormalityClassifier Seeded(MemoryLayout layout)
    {
        torch.manual_seed(3);
        AbnormalityClassifier model = ModelRegistry.Create("densenet-small");
        model.train();
        model.UseLayout(layout);
        return model;
    }
}
