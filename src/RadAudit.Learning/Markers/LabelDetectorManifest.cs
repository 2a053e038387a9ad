namespace RadAudit.Learning.Markers;

/// <summary>Everything a weights file says about its detector besides the weights: shape, calibration, provenance.</summary>
/// <param name="Architecture">The network's shape.</param>
/// <param name="Calibration">How raw outputs become probabilities.</param>
/// <param name="Training">How the weights were made (command, seeds, images, epochs, time, machine).</param>
public sealed record LabelDetectorManifest(LabelDetectorArchitecture Architecture, LabelDetectorCalibration Calibration, DetectorTrainingRecord Training);
