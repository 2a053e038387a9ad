using System.Text.Json;
using RadAudit.Core;
using RadAudit.Learning.Models;
using RadAudit.Learning.Runtime;
using RadAudit.Learning.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Learning.Prediction;

/// <summary>A trained model reopened from its run folder, scoring images (probability of abnormal).</summary>
public sealed class Predictor : IDisposable
{
    private readonly Device _device;

    private Predictor(AbnormalityClassifier model, RunConfiguration configuration, string checkpoint, Device device)
    {
        Model = model;
        Configuration = configuration;
        CheckpointPath = checkpoint;
        _device = device;
    }

    /// <summary>The model, in eval mode, on the predictor's device.</summary>
    public AbnormalityClassifier Model { get; }

    /// <summary>The run's config.json (architecture, image size, seed, data fingerprints).</summary>
    public RunConfiguration Configuration { get; }

    /// <summary>The checkpoint file the weights came from.</summary>
    public string CheckpointPath { get; }

    /// <summary>Opens <paramref name="runFolder"/> with the <paramref name="checkpoint"/> weights ("best" or "last").</summary>
    /// <exception cref="RadAuditException">The folder is not a finished run or the checkpoint name is wrong.</exception>
    public static Predictor Open(string runFolder, string checkpoint = "best", string device = "auto")
    {
        if (checkpoint is not ("best" or "last"))
            throw new RadAuditException($"checkpoint '{checkpoint}': expected best or last.", exitCode: 2, setting: Settings.Checkpoint);
        var run = new RunFolder(runFolder);
        if (!File.Exists(run.ConfigPath))
            throw new RadAuditException($"{run.ConfigPath}: not found; the model must be a run folder written by radaudit train.", setting: Settings.Model);
        RunConfiguration configuration = JsonSerializer.Deserialize<RunConfiguration>(File.ReadAllText(run.ConfigPath))
            ?? throw new RadAuditException($"{run.ConfigPath}: empty; the run folder is damaged.");
        Device resolved = ComputeDevice.Resolve(device);
        NativeHeapTuning.EnsureApplied();
        AbnormalityClassifier model = ModelRegistry.Create(configuration.Options.Architecture);
        try
        {
            CheckpointFile.Load(run.Checkpoint(checkpoint), model);
            model.to(resolved);
            model.UseLayout(MemoryLayoutNames.Resolve(configuration.Options.MemoryFormat, configuration.Options.Architecture));
            model.eval();
            return new Predictor(model, configuration, run.Checkpoint(checkpoint), resolved);
        }
        catch
        {
            model.Dispose();
            throw;
        }
    }

    /// <summary>Scores every image of <paramref name="source"/>, in the source's order.</summary>
    public IReadOnlyList<PredictionRecord> Predict(IBatchSource source, IProgress<ProgressReport>? progress = null,
        CancellationToken cancellation = default) =>
        ModelScorer.Score(Model, source, _device, progress, "predict", cancellation).Predictions;

    /// <inheritdoc />
    public void Dispose() => Model.Dispose();
}
