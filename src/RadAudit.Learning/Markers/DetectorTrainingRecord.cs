namespace RadAudit.Learning.Markers;

/// <summary>The provenance of a trained label detector, stored in its weights file.</summary>
/// <param name="Command">The command line that trained it.</param>
/// <param name="Seed">Seed of the weights and of the batch order.</param>
/// <param name="TrainingData">What the training composites were (generator preset and seeds).</param>
/// <param name="CalibrationData">What the calibration images were.</param>
/// <param name="Images">Training composites.</param>
/// <param name="Epochs">Passes over them.</param>
/// <param name="FinalLoss">Mean loss of the last epoch.</param>
/// <param name="Seconds">Wall time of training and calibration.</param>
/// <param name="Machine">Where it ran (CPU and threads).</param>
public sealed record DetectorTrainingRecord(string Command, long Seed, string TrainingData, string CalibrationData, int Images, int Epochs,
    double FinalLoss, double Seconds, string Machine)
{
    /// <summary>A record for weights built in code (tests).</summary>
    public static DetectorTrainingRecord Untrained { get; } = new("", 0, "", "", 0, 0, double.NaN, 0, "");
}
