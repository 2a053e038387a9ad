using System.Text.Json.Serialization;

namespace RadAudit.Learning.Training;

/// <summary>One line of <c>RUN/metrics.jsonl</c>. AUCs are null when undefined (a split with one class).</summary>
/// <param name="Epoch">1-based epoch number.</param>
/// <param name="TrainLoss">Mean weighted BCE per training image over the epoch (while the weights moved).</param>
/// <param name="ValidLoss">Mean weighted BCE per valid image after the epoch.</param>
/// <param name="ValidImageAuc">Image-level valid AUC.</param>
/// <param name="ValidStudyAuc">Study-level valid AUC (study score = mean image probability).</param>
/// <param name="SelectionSplit">"valid" or "holdout": the split that selects the model.</param>
/// <param name="SelectionLoss">Mean weighted BCE on the selection split (equals ValidLoss when it is valid).</param>
/// <param name="LearningRate">Learning rate used during the epoch.</param>
/// <param name="Seconds">Wall time of the epoch including evaluation.</param>
/// <param name="ImagesPerSecond">Training images per second of optimisation.</param>
/// <param name="IsBest">Whether this epoch became the best checkpoint.</param>
public sealed record EpochMetrics(
    [property: JsonPropertyName("epoch")] int Epoch,
    [property: JsonPropertyName("train_loss")] double TrainLoss,
    [property: JsonPropertyName("valid_loss")] double ValidLoss,
    [property: JsonPropertyName("valid_image_auc")] double? ValidImageAuc,
    [property: JsonPropertyName("valid_study_auc")] double? ValidStudyAuc,
    [property: JsonPropertyName("selection_split")] string SelectionSplit,
    [property: JsonPropertyName("selection_loss")] double SelectionLoss,
    [property: JsonPropertyName("learning_rate")] double LearningRate,
    [property: JsonPropertyName("seconds")] double Seconds,
    [property: JsonPropertyName("images_per_second")] double ImagesPerSecond,
    [property: JsonPropertyName("best")] bool IsBest);
