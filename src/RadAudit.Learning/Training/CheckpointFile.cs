using System.Text.Json;
using RadAudit.Core;
using RadAudit.Learning.Models;

namespace RadAudit.Learning.Training;

/// <summary>
/// One checkpoint file: a tag, the trainer state as JSON, the model's state dict (TorchSharp format) and,
/// optionally, Adam's state. Written atomically, so a kill during a save leaves the previous file intact.
/// </summary>
/// <remarks>Format 2 stores <see cref="FlatAdam"/>'s flat moments; format 1 (TorchSharp's per-tensor Adam state)
/// still loads for prediction, whose weights section is unchanged, but cannot be resumed.</remarks>
internal static class CheckpointFile
{
    private const string Tag = "RADAUDIT-CHECKPOINT";
    private const int FormatVersion = 2;
    private const int WeightsCompatibleVersion = 1;

    public static void Save(string path, AbnormalityClassifier model, FlatAdam? optimizer, TrainingState state,
        Action<string>? beforeRename = null)
    {
        AtomicFile.Write(path, stream =>
        {
            using var writer = new System.IO.BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
            writer.Write(Tag);
            writer.Write(FormatVersion);
            writer.Write(model.Architecture);
            writer.Write(JsonSerializer.Serialize(state));
            StateDictStream.Write(writer, model);
            writer.Write(optimizer is not null);
            optimizer?.Save(writer);
        }, flushToDisk: true, beforeRename);
    }

    /// <summary>Loads the weights (and Adam's state when <paramref name="optimizer"/> is given); returns the trainer state.</summary>
    public static TrainingState Load(string path, AbnormalityClassifier model, FlatAdam? optimizer = null)
    {
        if (!File.Exists(path))
            throw new RadAuditException($"{path}: checkpoint not found. Train first (radaudit train), or pick the other checkpoint (last or best).", setting: Settings.Checkpoint);
        using var stream = File.OpenRead(path);
        using var reader = new System.IO.BinaryReader(stream, System.Text.Encoding.UTF8);
        try
        {
            int version = reader.ReadString() == Tag ? reader.ReadInt32() : -1;
            if (version != FormatVersion && version != WeightsCompatibleVersion)
                throw new RadAuditException($"{path}: not a RadAudit checkpoint of format {FormatVersion}. Point at a run folder written by radaudit train.");
            if (version != FormatVersion && optimizer is not null)
                throw new RadAuditException($"{path}: written by an earlier RadAudit (checkpoint format {version}), whose optimizer state cannot be resumed. " +
                    "Start a new run folder; predict and saliency still read this one.");
            string architecture = reader.ReadString();
            if (architecture != model.Architecture)
                throw new RadAuditException($"{path}: holds a {architecture} model, not {model.Architecture}. Use architecture {architecture}, or another run folder.", setting: Settings.Architecture);
            TrainingState state = JsonSerializer.Deserialize<TrainingState>(reader.ReadString())
                ?? throw new RadAuditException($"{path}: empty trainer state; the file is damaged. Delete it and resume the run to use the other checkpoint.", setting: Settings.Resume);
            StateDictStream.Read(reader, model);
            if (optimizer is not null)
            {
                if (!reader.ReadBoolean())
                    throw new RadAuditException($"{path}: holds no optimizer state, so it cannot be resumed (best checkpoints never do). Resume from last.");
                optimizer.Load(reader);
            }
            return state;
        }
        catch (InvalidDataException problem)
        {
            throw new RadAuditException($"{path}: does not fit a {model.Architecture} model: {problem.Message} Use the run folder's own architecture.", inner: problem, setting: Settings.Architecture);
        }
        catch (EndOfStreamException problem)
        {
            throw new RadAuditException($"{path}: the checkpoint is truncated. Delete it and retrain (or resume from the other checkpoint).", inner: problem);
        }
    }
}
