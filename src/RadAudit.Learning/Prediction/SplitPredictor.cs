using RadAudit.Core;
using RadAudit.Data.Loading;
using RadAudit.Data.Predictions;
using RadAudit.Data.Sets;
using RadAudit.Learning.Training;

namespace RadAudit.Learning.Prediction;

/// <summary>The library entry point for prediction: scores a split (or an image folder) with a run's checkpoint and
/// writes the predictions CSV.</summary>
public static class SplitPredictor
{
    /// <summary>Scores and writes <see cref="PredictionRequest.OutputCsv"/>; returns the predictions.</summary>
    public static IReadOnlyList<PredictionRecord> Predict(PredictionRequest request, IProgress<ProgressReport>? progress = null,
        CancellationToken cancellation = default)
    {
        if ((request.DataPath is null) == (request.ImagesFolder is null))
            throw new RadAuditException("Give exactly one of --data DIR (with --split) or --images DIR.", exitCode: 2);
        using Predictor predictor = Predictor.Open(request.RunFolder, request.Checkpoint, request.Device);
        ImageDataSet data = request.DataPath is string dataPath
            ? ConditionData.Split(DataSetOpener.Open(dataPath), request.Split)
            : DataSetOpener.OpenImageFolder(request.ImagesFolder!);
        TrainingOptions options = predictor.Configuration.Options;
        var hook = ConditionData.MaskingHook(request.Variant, request.BoxesPath, options.Seed);
        // Loss weights only affect the reported loss, never the scores: uniform is enough here.
        LoaderOptions loader = ConditionData.Loader(options, ClassWeights.Uniform, hook, request.Workers, training: false, augment: false);
        IReadOnlyList<PredictionRecord> predictions = predictor.Predict(new LoaderBatchSource(data, loader), progress, cancellation);
        PredictionsCsvWriter.Write(request.OutputCsv, predictions);
        return predictions;
    }
}
