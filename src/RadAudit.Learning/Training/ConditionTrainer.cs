using RadAudit.Core;
using RadAudit.Data.Loading;
using RadAudit.Data.Sets;
using RadAudit.Data.Splitting;

namespace RadAudit.Learning.Training;

/// <summary>
/// The library entry point for one condition (used by <c>radaudit train</c> and the audit): splits the given data,
/// applies the condition's masking, and trains into a run folder (resumable with <see cref="TrainingOptions.Resume"/>).
/// </summary>
public static class ConditionTrainer
{
    /// <summary>Trains (or resumes) <paramref name="request"/> into <paramref name="runFolder"/>.</summary>
    public static TrainingResult Train(ConditionRequest request, string runFolder, IProgress<ProgressReport>? progress = null,
        CancellationToken cancellation = default)
    {
        TrainingOptions options = request.Training;
        ImageDataSet data = request.Data;
        ImageDataSet train = ConditionData.Split(data, Splits.Train);
        ImageDataSet valid = ConditionData.Split(data, Splits.Valid);
        ImageDataSet? holdout = null;
        if (request.HoldoutFraction is double fraction)
        {
            var (kept, heldOut) = PatientSplitter.CarveHeldOut(train.Records, fraction, options.Seed);
            train = train.WithRecords(kept);
            holdout = train.WithRecords(heldOut);
        }
        var hook = ConditionData.MaskingHook(request.Condition, request.Boxes, options.Seed);
        ClassWeights weights = ClassWeights.MuraStudyType(train.Records);
        LoaderOptions Evaluation() => ConditionData.Loader(options, weights, hook, request.Workers, training: false, augment: false);
        var sources = new TrainingData(
            new LoaderBatchSource(train, ConditionData.Loader(options, weights, hook, request.Workers, training: true, request.Augment)),
            new LoaderBatchSource(valid, Evaluation()),
            holdout is null ? null : new LoaderBatchSource(holdout, Evaluation()))
        {
            Description = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["data"] = Path.GetFullPath(data.Source),
                ["variant"] = request.Condition.Name,
                ["markers"] = request.Condition.NeedsBoxes ? request.Boxes?.Source ?? "(in memory)" : "",
                ["holdout_fraction"] = request.HoldoutFraction?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
                ["augment"] = request.Augment ? "standard" : "none",
            },
        };
        return Trainer.Train(options, sources, runFolder, progress, cancellation);
    }
}
