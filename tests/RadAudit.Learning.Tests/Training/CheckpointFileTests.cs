using RadAudit.Learning.Models;
using RadAudit.Learning.Training;
using RadAudit.Testing;
using TorchSharp;

namespace RadAudit.Learning.Tests.Training;

public sealed class CheckpointFileTests
{
    [Fact]
    public void Should_leave_a_loadable_previous_checkpoint_when_killed_between_writing_and_renaming()
    {
        // Given a saved checkpoint A
        using var folder = new TemporaryFolder();
        string last = folder.Combine("checkpoints/last.ckpt");
        torch.manual_seed(1);
        using AbnormalityClassifier first = ModelRegistry.Create("densenet-small");
        CheckpointFile.Save(last, first, null, new TrainingState { CompletedEpochs = 1 });

        // When saving checkpoint B dies after the temporary file is written but before the rename
        torch.manual_seed(2);
        using AbnormalityClassifier second = ModelRegistry.Create("densenet-small");
        Assert.Throws<IOException>(() => CheckpointFile.Save(last, second, null, new TrainingState { CompletedEpochs = 2 },
            beforeRename: _ => throw new IOException("simulated kill")));

        // Then last still loads, and holds A
        using AbnormalityClassifier reloaded = ModelRegistry.Create("densenet-small");
        TrainingState state = CheckpointFile.Load(last, reloaded);
        Assert.Equal(1, state.CompletedEpochs);
        Assert.True(reloaded.state_dict()["classifier.weight"].equal(first.state_dict()["classifier.weight"]).all().item<bool>());
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(last)!));
    }

    [Fact]
    public void Should_report_a_truncated_checkpoint_with_the_file_and_the_fix()
    {
        // Given a checkpoint cut in half
        using var folder = new TemporaryFolder();
        string path = folder.Combine("last.ckpt");
        using AbnormalityClassifier model = ModelRegistry.Create("densenet-small");
        CheckpointFile.Save(path, model, null, new TrainingState());
        byte[] bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        // When it is loaded, then a RadAuditException names the file
        var problem = Assert.ThrowsAny<Exception>(() => CheckpointFile.Load(path, model));
        Assert.Contains(path, problem.Message);
    }
}
