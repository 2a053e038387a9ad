using RadAudit.Learning.Models;
using RadAudit.Learning.Runtime.Compute;
using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Learning.Tests.Models;

/// <summary>Channels-last storage changes speed only: the same numbers, and checkpoints that load either way.</summary>
public sealed class MemoryLayoutTests
{
    [Theory]
    [InlineData("densenet-small")]
    [InlineData("resnet-18")]
    public void Should_give_the_same_logits_and_features_in_either_layout(string architecture)
    {
        // Given two identically seeded models, one switched to channels-last
        using var scope = torch.NewDisposeScope();
        torch.manual_seed(9);
        using AbnormalityClassifier contiguous = ModelRegistry.Create(architecture);
        torch.manual_seed(9);
        using AbnormalityClassifier channelsLast = ModelRegistry.Create(architecture);
        channelsLast.UseLayout(MemoryLayout.ChannelsLast);
        contiguous.eval();
        channelsLast.eval();
        Tensor input = torch.rand(2, 1, 48, 48);

        // When both run forward
        (Tensor expectedFeatures, Tensor expected) = contiguous.ForwardWithFeatures(input);
        (Tensor actualFeatures, Tensor actual) = channelsLast.ForwardWithFeatures(input);

        // Then the weights are stored channels-last (N, H, W, C strides), and the outputs agree to float rounding
        Tensor stem = channelsLast.parameters().First(parameter => parameter.dim() == 4);
        Assert.Equal(1, stem.stride(1));
        Assert.Equal(MemoryLayout.ChannelsLast, channelsLast.Layout);
        Assert.True(actual.allclose(expected, rtol: 1e-4, atol: 1e-5));
        Assert.True(actualFeatures.allclose(expectedFeatures, rtol: 1e-4, atol: 1e-5));
    }

    [Fact]
    public void Should_write_the_same_bytes_as_TorchSharp_and_read_back_into_a_channels_last_model()
    {
        // Given a seeded model
        using var scope = torch.NewDisposeScope();
        torch.manual_seed(4);
        using AbnormalityClassifier original = ModelRegistry.Create("densenet-small");

        // When its state is written by TorchSharp (contiguous) and by StateDictStream after switching to channels-last
        byte[] torchSharpBytes = Write(writer => original.save(writer));
        original.UseLayout(MemoryLayout.ChannelsLast);
        byte[] streamBytes = Write(writer => StateDictStream.Write(writer, original));

        // Then the files are identical, and reading them into a differently seeded channels-last model restores every value
        Assert.Equal(torchSharpBytes, streamBytes);
        torch.manual_seed(5);
        using AbnormalityClassifier restored = ModelRegistry.Create("densenet-small");
        restored.UseLayout(MemoryLayout.ChannelsLast);
        using (var reader = new BinaryReader(new MemoryStream(streamBytes))) StateDictStream.Read(reader, restored);
        var expected = original.state_dict();
        Assert.All(restored.state_dict(), entry => Assert.True(entry.Value.equal(expected[entry.Key]).all().item<bool>(), entry.Key));
        Assert.False(restored.parameters().First(parameter => parameter.dim() == 4).is_contiguous());
    }

    [Fact]
    public void Should_refuse_a_state_dict_of_another_architecture_with_the_reason()
    {
        // Given a densenet-small state dict
        torch.manual_seed(4);
        using AbnormalityClassifier small = ModelRegistry.Create("densenet-small");
        byte[] bytes = Write(writer => StateDictStream.Write(writer, small));

        // When a resnet-18 reads it
        using AbnormalityClassifier other = ModelRegistry.Create("resnet-18");
        using var reader = new BinaryReader(new MemoryStream(bytes));
        var problem = Assert.Throws<InvalidDataException>(() => StateDictStream.Read(reader, other));

        // Then the message counts the tensors on both sides
        Assert.Contains("tensors", problem.Message);
    }

    [Theory]
    [InlineData("auto", "densenet-121", MemoryLayout.ChannelsLast)]
    [InlineData("auto", "densenet-small", MemoryLayout.Contiguous)]
    [InlineData("auto", "resnet-18", MemoryLayout.Contiguous)]
    [InlineData("Channels-Last", "resnet-18", MemoryLayout.ChannelsLast)]
    [InlineData("contiguous", "densenet-121", MemoryLayout.Contiguous)]
    public void Should_resolve_the_memory_format_option(string name, string architecture, MemoryLayout expected) =>
        Assert.Equal(expected, MemoryLayoutNames.Resolve(name, architecture));

    [Fact]
    public void Should_resolve_auto_to_contiguous_where_the_machines_verdict_rules_channels_last_out()
    {
        // Given a machine whose compute verdict chose the contiguous layout
        ComputeCandidate before = ComputeRuntime.Candidate;
        string source = ComputeRuntime.Source;
        ComputeRuntime.Use(new ComputeCandidate("contiguous", null), "test");
        try
        {
            // Then auto avoids channels-last even for DenseNet-121, while an explicit choice is honoured
            Assert.Equal(MemoryLayout.Contiguous, MemoryLayoutNames.Resolve("auto", "densenet-121"));
            Assert.Equal(MemoryLayout.ChannelsLast, MemoryLayoutNames.Resolve("channels-last", "densenet-121"));
        }
        finally
        {
            ComputeRuntime.Use(before, source);
        }
    }

    private static byte[] Write(Action<BinaryWriter> write)
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream)) write(writer);
        return stream.ToArray();
    }
}
