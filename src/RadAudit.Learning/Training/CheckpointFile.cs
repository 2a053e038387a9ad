using System.Security.Cryptography;
using System.Text.Json;
using RadAudit.Core;
using RadAudit.Learning.Models;

namespace RadAudit.Learning.Training;

/// <summary>
/// One checkpoint file: a header (tag, format, payload length, SHA-256 of the payload), then the payload: the
/// architecture, the trainer state as JSON, the model's state dict (TorchSharp format) and, optionally, Adam's state.
/// Written atomically, so a kill during a save leaves the previous file intact; verified on load, so a damaged file
/// is named instead of giving a model with broken weights.
/// </summary>
/// <remarks>Format 3 adds the length and checksum in front of format 2's content. Format 2 (flat Adam moments, no
/// checksum) still loads and resumes, reported as not verified; format 1 (TorchSharp's per-tensor Adam state) still
/// loads for prediction, whose weights section is unchanged, but cannot be resumed.</remarks>
internal static class CheckpointFile
{
    private const string Tag = "RADAUDIT-CHECKPOINT";
    private const int FormatVersion = 3;
    private const int UnverifiedVersion = 2;
    private const int WeightsCompatibleVersion = 1;
    private const int ChecksumBytes = 32;

    public static void Save(string path, AbnormalityClassifier model, FlatAdam? optimizer, TrainingState state,
        Action<string>? beforeRename = null)
    {
        AtomicFile.Write(path, stream =>
        {
            using var header = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
            header.Write(Tag);
            header.Write(FormatVersion);
            long lengthAt = stream.Position;
            header.Write(0L);
            header.Write(new byte[ChecksumBytes]);
            header.Flush();
            using var checksum = new ChecksumStream(stream);
            using (var writer = new BinaryWriter(checksum, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(model.Architecture);
                writer.Write(JsonSerializer.Serialize(state));
                StateDictStream.Write(writer, model);
                writer.Write(optimizer is not null);
                optimizer?.Save(writer);
            }
            long end = stream.Position;
            stream.Position = lengthAt;
            header.Write(checksum.Written);
            header.Write(checksum.Checksum());
            header.Flush();
            stream.Position = end;
        }, flushToDisk: true, beforeRename);
    }

    /// <summary>Loads the weights (and Adam's state when <paramref name="optimizer"/> is given) after checking the
    /// file's checksum; returns the trainer state and whether the file could be verified.</summary>
    public static LoadedCheckpoint Load(string path, AbnormalityClassifier model, FlatAdam? optimizer = null)
    {
        FileKinds.RequireRegularOrMissing(path, "checkpoint", Settings.Checkpoint);
        if (!File.Exists(path))
            throw new RadAuditException($"{path}: checkpoint not found. Train first (radaudit train), or pick the other checkpoint (last or best).", setting: Settings.Checkpoint);
        string fix = optimizer is null
            ? $"Use the other checkpoint ({Settings.Mention(Settings.Checkpoint)}: best or last), or retrain."
            : "Train again into a new run folder (a run resumes only from last: best holds no optimizer state).";
        using var stream = File.OpenRead(path);
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8);
        int version = ReadHeader(path, reader, fix);
        try
        {
            if (version == FormatVersion) Verify(path, stream, reader, fix);
            if (version != FormatVersion && version != UnverifiedVersion && optimizer is not null)
                throw new RadAuditException($"{path}: written by an earlier RadAudit (checkpoint format {version}), whose optimizer state cannot be resumed. " +
                    "Start a new run folder; predict and saliency still read this one.");
            string architecture = reader.ReadString();
            if (architecture != model.Architecture)
                throw new RadAuditException($"{path}: holds a {architecture} model, not {model.Architecture}. Use architecture {architecture}, or another run folder.", setting: Settings.Architecture);
            TrainingState state = JsonSerializer.Deserialize<TrainingState>(reader.ReadString())
                ?? throw Damaged(path, "its trainer state is empty", fix);
            StateDictStream.Read(reader, model);
            if (optimizer is not null)
            {
                if (!reader.ReadBoolean())
                    throw new RadAuditException($"{path}: holds no optimizer state, so it cannot be resumed (best checkpoints never do). Resume from last.");
                optimizer.Load(reader);
            }
            return new LoadedCheckpoint(state, version);
        }
        catch (InvalidDataException problem)
        {
            throw new RadAuditException($"{path}: does not fit a {model.Architecture} model: {problem.Message} Use the run folder's own architecture.", inner: problem, setting: Settings.Architecture);
        }
        catch (EndOfStreamException problem)
        {
            throw new RadAuditException($"{path}: the checkpoint is truncated. {fix}", inner: problem, setting: Settings.Checkpoint);
        }
        catch (Exception problem) when (problem is IOException or FormatException or JsonException or ArgumentException or OverflowException)
        {
            // Only a file without a checksum gets this far damaged: its bytes decode to nonsense somewhere.
            throw Damaged(path, $"it cannot be read ({problem.Message.TrimEnd('.')})", fix, problem);
        }
    }

    // The tag as BinaryWriter wrote it (its length, then its bytes), compared byte for byte: random bytes must not be
    // read as a string length.
    private static int ReadHeader(string path, BinaryReader reader, string fix)
    {
        byte[] expected = [(byte)Tag.Length, .. System.Text.Encoding.ASCII.GetBytes(Tag)];
        byte[] start = reader.ReadBytes(expected.Length + sizeof(int));
        if (start.Length < expected.Length + sizeof(int) || !start.AsSpan(0, expected.Length).SequenceEqual(expected))
            throw new RadAuditException($"{path}: not a RadAudit checkpoint (it does not start with RadAudit's checkpoint header): " +
                $"the file is damaged or another kind of file. {fix}", setting: Settings.Checkpoint);
        int version = BitConverter.ToInt32(start, expected.Length);
        if (version is < WeightsCompatibleVersion or > FormatVersion)
            throw new RadAuditException($"{path}: checkpoint format {version}, which this RadAudit (formats {WeightsCompatibleVersion} to {FormatVersion}) " +
                $"does not read: it is damaged or from a newer RadAudit. {fix}", setting: Settings.Checkpoint);
        return version;
    }

    // Hashes the payload and compares it with the header's checksum, then leaves the stream at the payload's start.
    private static void Verify(string path, Stream stream, BinaryReader reader, string fix)
    {
        long length = reader.ReadInt64();
        byte[] recorded = reader.ReadBytes(ChecksumBytes);
        long start = stream.Position, present = stream.Length - start;
        if (recorded.Length < ChecksumBytes || length < 0 || present < length)
            throw new RadAuditException($"{path}: the checkpoint is truncated ({Math.Max(0, present)} of {Math.Max(0, length)} bytes). {fix}", setting: Settings.Checkpoint);
        if (present > length)
            throw Damaged(path, $"{present - length} byte(s) follow its end", fix);
        byte[] actual = SHA256.HashData(stream);
        if (!CryptographicOperations.FixedTimeEquals(actual, recorded))
            throw Damaged(path, "its SHA-256 checksum does not match its contents", fix);
        stream.Position = start;
    }

    private static RadAuditException Damaged(string path, string why, string fix, Exception? inner = null) =>
        new($"{path}: the checkpoint is damaged ({why}). {fix}", inner: inner, setting: Settings.Checkpoint);
}

/// <summary>What <see cref="CheckpointFile.Load"/> read.</summary>
/// <param name="State">The trainer state stored with the weights.</param>
/// <param name="Format">The file's checkpoint format.</param>
internal sealed record LoadedCheckpoint(TrainingState State, int Format)
{
    /// <summary>True when the file carried a checksum and it matched (format 3 and later); older files load unverified.</summary>
    public bool Verified => Format >= 3;
}
