using System.Text.Json;
using RadAudit.Core;
using RadAudit.Data.Loading;
using RadAudit.Learning.Runtime;
using RadAudit.Learning.Runtime.Compute;
using static TorchSharp.torch;

namespace RadAudit.Learning.Training;

/// <summary>Opens a run folder for a new or resumed run and writes <c>config.json</c>.</summary>
internal static class RunStart
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Returns true when the run resumes from <c>last</c>; refuses to overwrite a run without --resume.</summary>
    public static bool PrepareFolder(RunFolder run, TrainingOptions options)
    {
        bool hasCheckpoint = File.Exists(run.LastCheckpoint);
        if (hasCheckpoint && !options.Resume)
            throw new RadAuditException(
                $"{run.Root} already holds a training run ({run.LastCheckpoint}). Resume it with {Settings.Mention(Settings.Resume)}, or choose a new output folder.", setting: Settings.Output);
        Directory.CreateDirectory(run.CheckpointsFolder);
        return hasCheckpoint;
    }

    /// <summary>Writes config.json; on resume, first checks that the architecture, seed and data are the run's own.</summary>
    public static void WriteConfiguration(RunFolder run, TrainingOptions options, TrainingData data, Device device, bool resuming)
    {
        var fingerprints = new Dictionary<string, SplitFingerprint>(StringComparer.Ordinal)
        {
            [Splits.Train] = Fingerprint(data.Train),
            [Splits.Valid] = Fingerprint(data.Valid),
        };
        if (data.Selection is not null) fingerprints["holdout"] = Fingerprint(data.Selection);
        DateTime created = DateTime.UtcNow;
        if (resuming && File.Exists(run.ConfigPath))
        {
            RunConfiguration previous = JsonSerializer.Deserialize<RunConfiguration>(File.ReadAllText(run.ConfigPath))!;
            CheckSameRun(run, previous, options, fingerprints);
            CheckSameDescription(run, previous, data);
            created = previous.CreatedUtc;
        }
        TorchRuntimeInfo runtime = TorchRuntimeInfo.Collect();
        var versions = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["radaudit"] = typeof(Trainer).Assembly.GetName().Version?.ToString() ?? "unknown",
            ["dotnet"] = Environment.Version.ToString(),
            ["torchsharp"] = runtime.TorchSharpVersion,
            ["libtorch"] = $"{runtime.LibTorchVersion} ({runtime.LibTorchSource})",
        };
        var configuration = new RunConfiguration(options, options.Seed, device.type.ToString().ToLowerInvariant(),
            runtime.Threads, versions, fingerprints, data.Description, data.SelectionName, ClassWeights.MuraStudyType(data.Train.Records).ByBodyPart.OrderBy(weights => weights.BodyPart, StringComparer.Ordinal).ToArray(), created,
            ComputeRuntime.Summarise());
        AtomicFile.WriteText(run.ConfigPath, JsonSerializer.Serialize(configuration, Indented));
    }

    /// <summary>A run stopped by its epoch budget continues when resumed with more epochs.</summary>
    public static void ReopenIfExtended(TrainingState state, TrainingOptions options)
    {
        bool budgetStop = state.StopReason?.StartsWith("finished", StringComparison.Ordinal) == true;
        if (state.Stopped && budgetStop && state.CompletedEpochs < options.Epochs)
        {
            state.Stopped = false;
            state.StopReason = null;
        }
        else if (!state.Stopped && state.CompletedEpochs >= options.Epochs)
        {
            state.Stopped = true;
            state.StopReason = $"finished {options.Epochs} epochs";
        }
    }

    private static void CheckSameRun(RunFolder run, RunConfiguration previous, TrainingOptions options,
        IReadOnlyDictionary<string, SplitFingerprint> fingerprints)
    {
        if (previous.Options.Architecture != options.Architecture || previous.Seed != options.Seed)
            throw new RadAuditException(
                $"{run.ConfigPath}: the run was started with architecture {previous.Options.Architecture} and seed {previous.Seed}; " +
                "resume with the same values or choose a new output folder.", setting: Settings.Resume);
        foreach ((string split, SplitFingerprint fingerprint) in fingerprints)
            if (!previous.Data.TryGetValue(split, out SplitFingerprint? before) || before != fingerprint)
                throw new RadAuditException(
                    $"{run.ConfigPath}: the {split} split differs from the one the run started with (images or labels changed). " +
                    "Resume with the same data, or choose a new output folder.", setting: Settings.Resume);
    }

    private static void CheckSameDescription(RunFolder run, RunConfiguration previous, TrainingData data)
    {
        foreach ((string key, string value) in data.Description)
            if (!previous.DataOptions.TryGetValue(key, out string? before) || before != value)
                throw new RadAuditException(
                    $"{run.ConfigPath}: the run was started with {key} = '{before}', now '{value}'. Resume with the same data options, or choose a new output folder.", setting: Settings.Resume);
    }

    private static SplitFingerprint Fingerprint(IBatchSource source) =>
        new(source.Records.Count, DataFingerprint.Compute(source.Records));
}
