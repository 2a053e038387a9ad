using System.Text.Json.Serialization;

namespace RadAudit.Learning.Training;

/// <summary>
/// The trainer's own state, stored in every checkpoint next to the weights and Adam's moments, so a resumed run
/// continues exactly where the uninterrupted one would be: epoch count, learning-rate schedule and early stopping.
/// </summary>
internal sealed class TrainingState
{
    /// <summary>Epochs finished (and checkpointed).</summary>
    [JsonPropertyName("completed_epochs")] public int CompletedEpochs { get; set; }

    /// <summary>Learning rate for the next epoch.</summary>
    [JsonPropertyName("learning_rate")] public double LearningRate { get; set; }

    /// <summary>Lowest selection loss so far (null before the first epoch).</summary>
    [JsonPropertyName("best_selection_loss")] public double? BestSelectionLoss { get; set; }

    /// <summary>Epoch of <see cref="BestSelectionLoss"/> (0 before the first epoch).</summary>
    [JsonPropertyName("best_epoch")] public int BestEpoch { get; set; }

    /// <summary>Epochs since the learning rate last changed or the loss last improved (plateau counter).</summary>
    [JsonPropertyName("plateau_epochs")] public int PlateauEpochs { get; set; }

    /// <summary>True once early stopping fired or the epoch budget is spent.</summary>
    [JsonPropertyName("stopped")] public bool Stopped { get; set; }

    /// <summary>Why training stopped (null while it runs).</summary>
    [JsonPropertyName("stop_reason")] public string? StopReason { get; set; }

    /// <summary>
    /// Records an epoch's selection loss: a lower loss is a new best; otherwise the plateau counter grows and, at
    /// <see cref="TrainingOptions.PlateauPatience"/>, the learning rate is multiplied by the plateau factor
    /// (PyTorch's ReduceLROnPlateau, mode min, threshold 0). Returns whether the epoch is the new best.
    /// </summary>
    public bool RecordEpoch(int epoch, double selectionLoss, TrainingOptions options)
    {
        CompletedEpochs = epoch;
        bool improved = BestSelectionLoss is null || selectionLoss < BestSelectionLoss.Value;
        if (improved)
        {
            BestSelectionLoss = selectionLoss;
            BestEpoch = epoch;
            PlateauEpochs = 0;
        }
        else if (++PlateauEpochs >= options.PlateauPatience)
        {
            LearningRate = Math.Max(options.MinimumLearningRate, LearningRate * options.PlateauFactor);
            PlateauEpochs = 0;
        }
        if (epoch - BestEpoch >= options.EarlyStoppingPatience)
            Stop($"early stopping: no better selection loss for {epoch - BestEpoch} epochs (best epoch {BestEpoch})");
        else if (epoch >= options.Epochs)
            Stop($"finished {options.Epochs} epochs");
        return improved;
    }

    private void Stop(string reason)
    {
        Stopped = true;
        StopReason = reason;
    }
}
