using RadAudit.Core;
using RadAudit.Data.Loading;
using RadAudit.Learning.Training;

namespace RadAudit.Learning.Prediction;

/// <summary>The library entry point for prediction: scores a set of images with a run's checkpoint.</summary>
public static class SplitPredictor
{
    /// <summary>Scores every image of <see cref="PredictionRequest.Data"/>, in its order.</summary>
    public static IReadOnlyList<PredictionRecord> Predict(PredictionRequest request, IProgress<ProgressReport>? progress = null,
        CancellationToken cancellation = default)
    {
        using Predictor predictor = Predictor.Open(request.RunFolder, request.Checkpoint, request.Device);
        TrainingOptions options = predictor.Configuration.Options;
        var hook = ConditionData.MaskingHook(request.Condition, request.Boxes, options.Seed);
        // Loss weights only affect the reported loss, never the scores: uniform is enough here.
        LoaderOptions loader = ConditionData.Loader(options, ClassWeights.Uniform, hook, request.Workers, training: false, augment: false);
        return predictor.Predict(new LoaderBatchSource(request.Data, loader), progress, cancellation);
    }
}
