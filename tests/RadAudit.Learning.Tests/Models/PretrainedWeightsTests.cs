using RadAudit.Core;
using RadAudit.Learning.Models;
using RadAudit.Learning.Models.Pretrained;
using RadAudit.Learning.Training;
using RadAudit.Testing;
using TorchSharp;
using TorchSharp.PyBridge;

namespace RadAudit.Learning.Tests.Models;

[Trait("Category", "Slow")]
public sealed class PretrainedWeightsTests
{
    [Fact]
    public void Should_load_a_pytorch_state_dict_by_name_and_start_the_head_at_zero()
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

        // Then every backbone entry matched and was copied, and the head was not loaded but set to zero (as BiT starts)
        var expected = source.state_dict();
        var actual = target.state_dict();
        Assert.True(report.IsExactBackboneMatch, report.Summary());
        Assert.Equal(expected.Count - 2, report.Loaded);
        Assert.Equal(["classifier.weight", "classifier.bias"], report.HeadReinitialised.Order().Reverse());
        Assert.True(actual["features.conv0.weight"].equal(expected["features.conv0.weight"]).all().item<bool>());
        Assert.False(actual["classifier.weight"].equal(expected["classifier.weight"]).all().item<bool>());
        Assert.Equal(0.0, actual["classifier.weight"].abs().sum().item<float>());
        Assert.Equal(0.0, actual["classifier.bias"].abs().sum().item<float>());
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

    [Fact]
    public void Should_ship_the_synthetic_anatomy_weights_and_load_every_backbone_entry_of_densenet_small()
    {
        // Given the built-in name (the file is copied beside the program from the repository's weights/ folder)
        Assert.True(File.Exists(BuiltInWeights.SyntheticAnatomyPath), $"{BuiltInWeights.SyntheticAnatomyPath} is not shipped");

        // When densenet-small starts from it
        using AbnormalityClassifier model = ModelRegistry.Create(BuiltInWeights.SyntheticAnatomyArchitecture);
        PretrainedLoadReport report = PretrainedWeights.Load(model, StartingWeights.SyntheticAnatomy);

        // Then the whole backbone matched, the head was re-initialised, and the report names the weights, not a path
        Assert.True(report.IsExactBackboneMatch, report.Summary());
        Assert.Equal(model.state_dict().Count - 2, report.Loaded);
        Assert.Equal(StartingWeights.SyntheticAnatomy, report.Path);
    }

    [Fact]
    public void Should_refuse_built_in_weights_for_another_architecture_or_an_unknown_name_saying_what_fits()
    {
        using AbnormalityClassifier resnet = ModelRegistry.Create("resnet-18");
        var wrongArchitecture = Assert.Throws<RadAuditException>(() => PretrainedWeights.Load(resnet, StartingWeights.SyntheticAnatomy));
        Assert.Contains("fit densenet-small, not resnet-18", wrongArchitecture.Message);

        using AbnormalityClassifier densenet = ModelRegistry.Create("densenet-small");
        var unknown = Assert.Throws<RadAuditException>(() => PretrainedWeights.Load(densenet, "builtin:imagenet"));
        Assert.Contains("ships no such weights", unknown.Message);
        Assert.Contains(StartingWeights.SyntheticAnatomy, unknown.Message);
    }

    [Fact]
    public void Should_export_a_runs_best_checkpoint_as_safetensors_that_load_back_unchanged()
    {
        // Given a run folder whose best checkpoint holds a seeded model
        using var folder = new TemporaryFolder();
        torch.manual_seed(5);
        using AbnormalityClassifier trained = ModelRegistry.Create("densenet-small");
        var run = new RunFolder(folder.Combine("run"));
        Directory.CreateDirectory(run.CheckpointsFolder);
        CheckpointFile.Save(run.BestCheckpoint, trained, null, new TrainingState());

        // When it is exported and loaded into a fresh model
        string weights = folder.Combine("out/w.safetensors");
        WeightExport.SaveBest(run.Root, "densenet-small", weights);
        torch.manual_seed(6);
        using AbnormalityClassifier fresh = ModelRegistry.Create("densenet-small");
        PretrainedWeights.Load(fresh, weights);

        // Then the backbone is the checkpoint's, bit for bit, and no temporary file is left
        Assert.True(fresh.state_dict()["features.conv0.weight"].equal(trained.state_dict()["features.conv0.weight"]).all().item<bool>());
        Assert.Equal(["w.safetensors"], Directory.GetFiles(folder.Combine("out")).Select(Path.GetFileName));
    }
}
