using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Learning.Prediction;
using RadAudit.Learning.Runtime;
using RadAudit.Learning.Saliency;
using RadAudit.Learning.Training;

namespace RadAudit.Cli.Audit;

/// <summary>
/// Step 3 of an audit for one job (condition × seed): train (resuming a killed run from its last checkpoint),
/// predict the valid split, explain the fixed sample, then mark the job done. A job folder holds
/// <c>train/</c> (the run folder), <c>predictions.csv</c> and <c>saliency/</c>.
/// </summary>
public static class AuditJobRunner
{
    /// <summary>The predictions file of a finished job.</summary>
    public static string PredictionsFile(string jobFolder) => Path.Combine(jobFolder, "predictions.csv");

    /// <summary>The saliency folder of a finished job.</summary>
    public static string SaliencyFolder(string jobFolder) => Path.Combine(jobFolder, "saliency");

    /// <summary>Runs <paramref name="job"/> to completion in its folder.</summary>
    public static void Run(AuditJob job, AuditSettings settings, AuditRunFolder run, string boxesFile, ImageDataSet sample,
        BoxIndex boxes, IProgress<ProgressReport>? progress, CancellationToken cancellation)
    {
        string folder = run.StartJob(job), trainFolder = Path.Combine(folder, "train");
        TrainingOptions training = settings.Training with { Seed = job.Seed, Resume = true };
        var request = new ConditionRequest
        {
            DataPath = settings.DataPath, Variant = job.Condition, BoxesPath = boxesFile, HoldoutFraction = settings.HoldoutFraction,
            Augment = settings.Augment, Workers = settings.Workers, Training = training,
        };
        TrainWithOneRetry(request, trainFolder, Staged(progress, job), cancellation);
        SplitPredictor.Predict(new PredictionRequest
        {
            RunFolder = trainFolder, DataPath = settings.DataPath, Split = Splits.Valid, Variant = job.Condition,
            BoxesPath = boxesFile, OutputCsv = PredictionsFile(folder), Device = training.Device, Workers = settings.Workers,
        }, Staged(progress, job), cancellation);
        Explain(job, settings, trainFolder, folder, boxesFile, sample, boxes, progress, cancellation);
        run.MarkDone(job);
    }

    // An intermittent native error ("Unknown scalar type" from libtorch, seen once in about 100 CPU epochs and not
    // reproducible) must not throw away an audit: the job resumes from its last checkpoint once, as a rerun would.
    private static void TrainWithOneRetry(ConditionRequest request, string trainFolder, IProgress<ProgressReport>? progress,
        CancellationToken cancellation)
    {
        try
        {
            ConditionTrainer.Train(request, trainFolder, progress, cancellation);
        }
        catch (System.Runtime.InteropServices.ExternalException problem)
        {
            progress?.Report(new ProgressReport($"native error ({problem.Message.Split('\n')[0]}); resuming from the last checkpoint", 0, 0));
            ConditionTrainer.Train(request, trainFolder, progress, cancellation);
        }
    }

    private static void Explain(AuditJob job, AuditSettings settings, string trainFolder, string folder, string boxesFile,
        ImageDataSet sample, BoxIndex boxes, IProgress<ProgressReport>? progress, CancellationToken cancellation)
    {
        using Predictor predictor = Predictor.Open(trainFolder, "best", settings.Training.Device);
        var options = new SaliencyRunOptions
        {
            Method = settings.SaliencyMethod,
            Training = predictor.Configuration.Options,
            BatchSize = settings.Training.BatchSize,
            Variant = job.Condition,
            BoxesPath = boxesFile,
        };
        var context = new Dictionary<string, string>
        {
            ["condition"] = job.Condition,
            ["seed"] = job.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["checkpoint"] = predictor.CheckpointPath,
        };
        var explainer = new SaliencyRun(predictor.Model, ComputeDevice.Resolve(settings.Training.Device), options);
        explainer.Run(sample, boxes, SaliencyFolder(folder), context, Staged(progress, job), cancellation);
    }

    // Prefixes each stage with the job id so bars and CI lines say which job they belong to. Synchronous on purpose:
    // Progress<T> would post reports to the thread pool and reorder them.
    private static IProgress<ProgressReport>? Staged(IProgress<ProgressReport>? inner, AuditJob job) =>
        inner is null ? null : new PrefixedProgress(inner, job.Id + ": ");

    private sealed class PrefixedProgress(IProgress<ProgressReport> inner, string prefix) : IProgress<ProgressReport>
    {
        public void Report(ProgressReport value) => inner.Report(value with { Stage = prefix + value.Stage });
    }
}
