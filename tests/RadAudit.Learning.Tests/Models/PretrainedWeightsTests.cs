using RadAudit.Core;
using RadAudit.Learning.Models;
using RadAudit.Learning.Models.Pretrained;
using RadAudit.Testing;
using TorchSharp;
using TorchSharp.PyBridge;

namespace RadAudit.Learning.Tests.Models;

[Trait("Category", "Slow")]
public sealed class PretrainedWeightsTests
{
    [Fact]
    public void Should_load_a_pytorch_state_dict_by_name_and_reinitialise_the_head()
    {
        // Given a model saved in PyTorch's torch.save format (as torchvision's weights are)
        using var folder = new TemporaryFolder();
        string path = folder.Combine("weights.pth");
        torch.manual_seed(1);
        using AbnormalityClassifier source = ModelRegistry.Create("densenet-small");
        source.save_py(path);

        // When a differently seeded model loads it
        torch.manual_seed(2);
        using AbnormalityClassifier target = ModelRegistry.Create("densenet-small");
        PretrainedLoadReport report = PretrainedWeights.Load(target, path);

        // Then every backbone entry matched and was copied, and the head was re-initialised instead of loaded
        var expected = source.state_dict();
        var actual = target.state_dict();
        Assert.True(report.IsExactBackboneMatch, report.Summary());
        Assert.Equal(expected.Count - 2, report.Loaded);
        Assert.Equal(["classifier.weight", "classifier.bias"], report.HeadReinitialised.Order().Reverse());
        Assert.True(actual["features.conv0.weight"].equal(expected["features.conv0.weight"]).all().item<bool>());
        Assert.False(actual["classifier.weight"].equal(expected["classifier.weight"]).all().item<bool>());
    }

    [Fact]
    public void Should_refuse_weights_of_another_architecture_naming_the_file()
    {
        // Given ResNet-18-shaped names saved to a file
        using var folder = new TemporaryFolder();
        string path = folder.Combine("resnet.pth");
        using AbnormalityClassifier resnet = ModelRegistry.Create("resnet-18");
        resnet.save_py(path);

        // When a DenseNet loads them, then nothing matches and the error names the file and the fix
        using AbnormalityClassifier densenet = ModelRegistry.Create("densenet-small");
        var problem = Assert.Throws<RadAuditException>(() => PretrainedWeights.Load(densenet, path));
        Assert.Contains(path, problem.Message);
        Assert.Contains("same architecture", problem.Message);
    }
}
