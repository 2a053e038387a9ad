using System.Globalization;
using RadAudit.Audit.Planning;
using RadAudit.Audit.RunFolder;
using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Predictions;
using RadAudit.Data.Sets;
using RadAudit.Learning.Prediction;
using RadAudit.Learning.Runtime;
using RadAudit.Learning.Saliency;
using RadAudit.Learning.Training;

namespace RadAudit.Audit.Steps;

/// <summary>
/// Step 3 of an audit for one job (condition × seed): train (resuming a killed run from its last checkpoint),
/// predict the valid split, explain the fixed sample, then mark the job done. A job folder holds <c>train/</c> (the
/// run folder), <c>predictions.csv</c> and <c>saliency/</c>, for people and for resumed runs; the outputs are also
/// handed back in memory.
/// </summary>
public static class ConditionJob
{
    /// <summary>The training run folder inside a job's folder.</summary>
    public static string TrainFolder(string jobFolder) => Path.Combine(jobFolder, "train");

    /// <summary>Runs <paramref name="job"/> to completion in its folder on <paramref name="data"/> (already checked).</summary>
    public static CompletedJob Run(AuditJob job, AuditSettings settings, AuditRunFolder run, ImageDataSet data, BoxIndex boxes,
        IReadOnlyList<ImageRecord> sample, IProgress<ProgressReport>? progress, CancellationToken cancellation)
    {
        string folder = run.StartJob(job), trainFolder = TrainFolder(folder);
        Condition condition = Condition.Parse(job.Condition);
        TrainingOptions training = settings.Training with { Seed = job.Seed, Resume = true };
        var request = new ConditionRequest
        {
            Data = data,
            Condition = condition,
            Boxes = boxes,
            HoldoutFraction = settings.HoldoutFraction,
            Augment = settings.Augment,
            Workers = settings.Workers,
            Training = training,
        };
        TrainWithOneRetry(request, trainFolder, Staged(progress, job), cancellation);
        IReadOnlyList<PredictionRecord> predictions = SplitPredictor.Predict(new PredictionRequest
        {
            RunFolder = trainFolder,
            Data = ConditionData.Split(data, Splits.Valid),
            Condition = condition,
            Boxes = boxes,
            Device = training.Device,
            Workers = settings.Workers,
        }, Staged(progress, job), cancellation);
        PredictionsCsvWriter.Write(CompletedJob.PredictionsFile(folder), predictions);
        SaliencyRunResult explained = Explain(job, condition, settings, trainFolder, folder, data.WithRecords(sample), boxes, progress, cancellation);
        run.MarkDone(job);
        return new CompletedJob(job, folder, predictions, explained.Summary.All);
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

    private static SaliencyRunResult Explain(AuditJob job, Condition condition, AuditSettings settings, string trainFolder, string folder,
        ImageDataSet sample, BoxIndex boxes, IProgress<ProgressReport>? progress, CancellationToken cancellation)
    {
        using Predictor predictor = Predictor.Open(trainFolder, "best", settings.Training.Device);
        var options = new SaliencyRunOptions
        {
            Method = settings.SaliencyMethod,
            Training = predictor.Configuration.Options,
            BatchSize = settings.Training.BatchSize,
            Condition = condition,
            Workers = settings.Workers,
        };
        var context = new Dictionary<string, string>
        {
            ["condition"] = job.Condition,
            ["seed"] = job.Seed.ToString(CultureInfo.InvariantCulture),
            ["checkpoint"] = predictor.CheckpointPath,
        };
        var explainer = new SaliencyRun(predictor.Model, ComputeDevice.Resolve(settings.Training.Device), options, boxes);
        return explainer.Run(sample, CompletedJob.SaliencyFolder(folder), context, Staged(progress, job), cancellation);
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
