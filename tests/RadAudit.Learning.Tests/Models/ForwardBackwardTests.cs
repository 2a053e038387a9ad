using RadAudit.Learning.Models;
using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Learning.Tests.Models;

/// <summary>Every registered architecture runs forward and backward on a tiny batch.</summary>
[Trait("Category", "Slow")]
public sealed class ForwardBackwardTests
{
    public static TheoryData<string> Architectures
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (string name in ModelRegistry.Names) data.Add(name);
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Architectures))]
    public void Should_return_one_finite_logit_per_image_and_give_every_parameter_a_gradient(string architecture)
    {
        // Given a seeded model and a 2-image, 1-channel, 32 px batch
        using var scope = torch.NewDisposeScope();
        torch.manual_seed(7);
        using AbnormalityClassifier model = ModelRegistry.Create(architecture);
        model.train();
        Tensor input = torch.rand(2, 1, 32, 32);

        // When it runs forward with features and backward from the summed logits
        (Tensor features, Tensor logits) = model.ForwardWithFeatures(input);
        logits.sum().backward();

        // Then shapes are right, values finite, and every parameter received a non-zero finite gradient
        Assert.Equal(new long[] { 2 }, logits.shape);
        Assert.Equal(4, features.dim());
        Assert.Equal(2, features.shape[0]);
        Assert.True(torch.isfinite(logits).all().item<bool>());
        Assert.True(torch.isfinite(features).all().item<bool>());
        Assert.True(features.min().item<float>() >= 0f, "features are taken after the last ReLU");
        foreach ((string name, var parameter) in model.named_parameters())
        {
            Assert.True(parameter.grad is not null, $"{architecture}: {name} has no gradient");
            Assert.True(torch.isfinite(parameter.grad!).all().item<bool>(), $"{architecture}: {name} gradient not finite");
            Assert.True(parameter.grad!.abs().sum().item<float>() > 0f, $"{architecture}: {name} gradient is zero");
        }
    }

    [Fact]
    public void Should_give_the_same_logits_for_one_channel_and_its_three_channel_replica()
    {
        // Given a model in eval mode and a 1-channel batch
        using var scope = torch.NewDisposeScope();
        torch.manual_seed(3);
        using AbnormalityClassifier model = ModelRegistry.Create("densenet-small");
        model.eval();
        Tensor gray = torch.rand(2, 1, 32, 32);

        // When it sees the batch and the batch replicated to RGB
        Tensor fromGray = model.forward(gray);
        Tensor fromRgb = model.forward(gray.repeat(1, 3, 1, 1));

        // Then the logits agree (replication is the documented channel policy)
        Assert.True(fromGray.allclose(fromRgb, rtol: 1e-6, atol: 1e-6));
    }

    [Fact]
    public void Should_reject_an_unknown_architecture_with_the_valid_names()
    {
        // When an unknown name is asked for
        var problem = Assert.Throws<RadAudit.Core.RadAuditException>(() => ModelRegistry.Create("vgg-16"));

        // Then the message lists the valid names and the exit code is a usage error
        Assert.Contains("densenet-121", problem.Message);
        Assert.Equal(2, problem.ExitCode);
    }
}
