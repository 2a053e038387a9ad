namespace RadAudit.Reporting.Results;

/// <summary>What the burned-in label detector found (<c>markers.detection</c>; null when boxes were given).</summary>
/// <param name="Detector">Detector name and version, e.g. <c>threshold-components 1</c>.</param>
/// <param name="ImagesScanned">Images the detector looked at.</param>
/// <param name="BoxesFound">Boxes it reported in all.</param>
/// <param name="BoxesPerKind">Boxes per label kind (see <c>LabelKinds</c>).</param>
/// <param name="Precision">Share of detected boxes matching a ground-truth box (IoU ≥ 0.5); NaN without ground truth.</param>
/// <param name="Recall">Share of ground-truth boxes matched by a detection; NaN without ground truth.</param>
/// <param name="ContactSheet">Path of the contact sheet PNG, relative to the run folder; empty when none.</param>
public sealed record DetectionSummary(
    string Detector,
    int ImagesScanned,
    int BoxesFound,
    IReadOnlyDictionary<string, int> BoxesPerKind,
    double Precision,
    double Recall,
    string ContactSheet);
