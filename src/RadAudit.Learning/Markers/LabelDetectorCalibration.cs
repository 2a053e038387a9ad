using RadAudit.Stats.Calibration;

namespace RadAudit.Learning.Markers;

/// <summary>
/// How the segmenter's raw outputs become probabilities a person can read, fitted on a calibration split of
/// synthetic images that neither training nor the hard benchmark set uses.
/// </summary>
/// <param name="Presence">Peak map probability → P(the image carries a label).</param>
/// <param name="Box">A box's mean map probability → P(the box matches a true label at IoU ≥ 0.5).</param>
/// <param name="CalibrationImages">Images the maps were fitted on.</param>
/// <param name="PresenceError">Expected calibration error (10 bins) of the presence probability on those images.</param>
/// <param name="BoxError">Expected calibration error (10 bins) of the box scores on those images.</param>
/// <param name="Verifier">Scores the candidate boxes of several map levels (null in weights calibrated before it existed:
/// then one level's boxes are scored by <paramref name="Box"/>).</param>
public sealed record LabelDetectorCalibration(PlattScaling Presence, PlattScaling Box, int CalibrationImages, double PresenceError, double BoxError,
    LabelBoxVerifier? Verifier = null)
{
    /// <summary>No calibration (raw outputs), as during calibration itself.</summary>
    public static LabelDetectorCalibration None { get; } = new(PlattScaling.Identity, PlattScaling.Identity, 0, double.NaN, double.NaN);
}
