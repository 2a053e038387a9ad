using RadAudit.Core;
using RadAudit.Learning.Models;
using RadAudit.Learning.Prediction;
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
        TrainingState state = CheckpointFile.Load(last, reloaded).State;
        Assert.Equal(1, state.CompletedEpochs);
        Assert.True(reloaded.state_dict()["classifier.weight"].equal(first.state_dict()["classifier.weight"]).all().item<bool>());
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(last)!));
    }

    [Fact]
    public void Should_remove_the_empty_temporary_file_a_killed_save_left_when_it_saves_again()
    {
        // Given the 0-byte temporary file of a save that was killed (kill -9) a few minutes ago, beside last.ckpt
        using var folder = new TemporaryFolder();
        string last = folder.Combine("checkpoints/last.ckpt");
        using AbnormalityClassifier model = ModelRegistry.Create("densenet-small");
        CheckpointFile.Save(last, model, null, new TrainingState { CompletedEpochs = 1 });
        string left = Path.Combine(Path.GetDirectoryName(last)!, $".last.ckpt.{SpecialFiles.EndedProcessId()}-feedface.tmp");
        File.WriteAllBytes(left, []);
        File.SetLastWriteTimeUtc(left, DateTime.UtcNow.AddMinutes(-5));

        // When the next epoch saves last.ckpt
        CheckpointFile.Save(last, model, null, new TrainingState { CompletedEpochs = 2 });

        // Then the leftover is gone and the new checkpoint loads
        Assert.Equal(["last.ckpt"], Directory.GetFiles(Path.GetDirectoryName(last)!).Select(Path.GetFileName));
        Assert.Equal(2, CheckpointFile.Load(last, model).State.CompletedEpochs);
    }

    [Fact]
    public void Should_name_a_bit_flipped_checkpoint_as_damaged_with_the_fix()
    {
        // Given a saved checkpoint with one bit flipped in the middle of its weights
        using var folder = new TemporaryFolder();
        string path = folder.Combine("best.ckpt");
        using AbnormalityClassifier model = ModelRegistry.Create("densenet-small");
        CheckpointFile.Save(path, model, null, new TrainingState());
        byte[] bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x10;
        File.WriteAllBytes(path, bytes);

        // When it is loaded for prediction, then the checksum names the damage and the way out
        var problem = Assert.Throws<RadAuditException>(() => CheckpointFile.Load(path, model));
        Assert.Equal($"{path}: the checkpoint is damaged (its SHA-256 checksum does not match its contents). " +
            "Use the other checkpoint (the checkpoint setting: best or last), or retrain.", problem.Message);
        Assert.Equal(Settings.Checkpoint, problem.Setting);
    }

    [Fact]
    public void Should_name_random_bytes_as_no_checkpoint_instead_of_an_io_error()
    {
        // Given 4 KiB of random bytes called last.ckpt
        using var folder = new TemporaryFolder();
        var bytes = new byte[4096];
        new Random(3).NextBytes(bytes);
        string path = folder.WriteBytes("last.ckpt", bytes);
        using AbnormalityClassifier model = ModelRegistry.Create("densenet-small");
        using var optimizer = new FlatAdam(model.parameters(), 1e-3);

        // When training resumes from it, then the message names the file and how to go on
        var problem = Assert.Throws<RadAuditException>(() => CheckpointFile.Load(path, model, optimizer));
        Assert.Equal($"{path}: not a RadAudit checkpoint (it does not start with RadAudit's checkpoint header): the file is damaged or " +
            "another kind of file. Train again into a new run folder (a run resumes only from last: best holds no optimizer state).", problem.Message);
    }

    [Fact]
    public void Should_still_load_a_format_2_checkpoint_and_say_it_was_not_verified()
    {
        // Given a checkpoint as RadAudit wrote them before checksums (format 2: tag, version, payload)
        using var folder = new TemporaryFolder();
        string path = folder.Combine("best.ckpt");
        torch.manual_seed(5);
        using AbnormalityClassifier original = ModelRegistry.Create("densenet-small");
        using (var writer = new BinaryWriter(File.Create(path)))
        {
            writer.Write("RADAUDIT-CHECKPOINT");
            writer.Write(2);
            writer.Write(original.Architecture);
            writer.Write("{\"completed_epochs\":3}");
            StateDictStream.Write(writer, original);
            writer.Write(false);
        }

        // When loaded
        using AbnormalityClassifier reloaded = ModelRegistry.Create("densenet-small");
        LoadedCheckpoint loaded = CheckpointFile.Load(path, reloaded);

        // Then the weights and state load, and the result says they were not verified
        Assert.False(loaded.Verified);
        Assert.Equal(3, loaded.State.CompletedEpochs);
        Assert.True(reloaded.state_dict()["classifier.weight"].equal(original.state_dict()["classifier.weight"]).all().item<bool>());
    }

    [Fact]
    public void Should_refuse_to_predict_with_a_damaged_best_checkpoint_instead_of_scoring_zeros()
    {
        // Given a run folder whose best.ckpt had a bit flipped
        using var folder = new TemporaryFolder();
        var run = new RunFolder(folder.Path);
        using (AbnormalityClassifier model = ModelRegistry.Create("densenet-small"))
            CheckpointFile.Save(run.BestCheckpoint, model, null, new TrainingState());
        var configuration = new RunConfiguration(new TrainingOptions { Architecture = "densenet-small", ImageSize = 32 }, 1, "cpu", 1,
            new Dictionary<string, string>(), new Dictionary<string, SplitFingerprint>(), new Dictionary<string, string>(), "valid", [], DateTime.UnixEpoch);
        File.WriteAllText(run.ConfigPath, System.Text.Json.JsonSerializer.Serialize(configuration));
        byte[] bytes = File.ReadAllBytes(run.BestCheckpoint);
        bytes[^100] ^= 0x01;
        File.WriteAllBytes(run.BestCheckpoint, bytes);

        // When the predictor opens it, then it refuses, naming the file
        var problem = Assert.Throws<RadAuditException>(() => Predictor.Open(folder.Path, "best", "cpu"));
        Assert.StartsWith($"{run.BestCheckpoint}: the checkpoint is damaged", problem.Message);
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
