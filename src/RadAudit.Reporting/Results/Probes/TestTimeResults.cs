namespace RadAudit.Reporting.Results.Probes;

/// <summary>
/// Test-time masking (<c>test_time</c>): the same model on the same images, as given and with the labels covered
/// (black as published, mean, blur), with random regions of the labels' size covered (the control), and with only the
/// labels kept. A model that uses the labels loses AUC when they are covered and not when random areas are.
/// </summary>
/// <param name="Inputs">AUC per input: <c>original</c>, <c>cover</c> (black), <c>cover-mean</c>, <c>cover-blur</c>,
/// <c>random-cover</c>, <c>labels-only</c>.</param>
/// <param name="CoverVsOriginal">Paired AUC(cover, black) − AUC(original), image level with the study level nested.</param>
/// <param name="RandomCoverVsOriginal">Paired AUC(random-cover) − AUC(original).</param>
/// <param name="CoverVsRandomCover">Paired AUC(cover) − AUC(random-cover): is the loss specific to the labels?</param>
/// <param name="CoverFills">AUC(cover with each fill) − AUC(original), keyed black, mean, blur.</param>
/// <param name="LabelsOnly">The model on labels-only inputs, against chance.</param>
/// <param name="NImages">Images scored per input.</param>
/// <param name="ImagesWithLabels">Of those, images with a label box (the others are the same under every cover).</param>
public sealed record TestTimeResults(
    IReadOnlyDictionary<string, ProbeInputResult> Inputs,
    ProbeComparison? CoverVsOriginal,
    ProbeComparison? RandomCoverVsOriginal,
    ProbeComparison? CoverVsRandomCover,
    IReadOnlyDictionary<string, ProbeComparison> CoverFills,
    LabelsOnlyProbe? LabelsOnly,
    int NImages,
    int ImagesWithLabels);

/// <summary>One input's AUC (<c>test_time.inputs.&lt;name&gt;</c>).</summary>
/// <param name="Auc">Image-level AUC.</param>
/// <param name="AucCi95">Its DeLong 95% CI.</param>
/// <param name="StudyAuc">Study-level AUC (mean of the study's image probabilities).</param>
/// <param name="StudyAucCi95">Its DeLong 95% CI.</param>
/// <param name="NImages">Images.</param>
/// <param name="NStudies">Studies.</param>
public sealed record ProbeInputResult(double Auc, ConfidenceInterval AucCi95, double StudyAuc, ConfidenceInterval StudyAucCi95, int NImages, int NStudies);

/// <summary>A paired AUC difference on the same images, image level (paired DeLong and paired bootstrap) with the
/// study level nested (<c>study</c>).</summary>
/// <param name="Input">The changed input, e.g. <c>cover</c>.</param>
/// <param name="Baseline">The reference, e.g. <c>original</c>.</param>
/// <param name="Difference">AUC(input) − AUC(baseline); negative: the change cost AUC.</param>
/// <param name="Ci95">DeLong 95% CI of the difference.</param>
/// <param name="Z">DeLong z.</param>
/// <param name="P">Two-sided p.</param>
/// <param name="BootstrapCi95">Paired stratified bootstrap 95% CI (unknown when not run).</param>
/// <param name="Study">The same at study level.</param>
public sealed record ProbeComparison(string Input, string Baseline, double Difference, ConfidenceInterval Ci95, double Z, double P,
    ConfidenceInterval BootstrapCi95, PairedDifference Study);

/// <summary>A paired AUC difference at one level.</summary>
/// <param name="Difference">AUC(input) − AUC(baseline).</param>
/// <param name="Ci95">DeLong 95% CI.</param>
/// <param name="Z">DeLong z.</param>
/// <param name="P">Two-sided p.</param>
/// <param name="BootstrapCi95">Paired bootstrap 95% CI.</param>
public sealed record PairedDifference(double Difference, ConfidenceInterval Ci95, double Z, double P, ConfidenceInterval BootstrapCi95);

/// <summary>The model on labels-only inputs (<c>test_time.labels_only</c>): can it read the diagnosis off the labels?</summary>
/// <param name="Auc">Image-level AUC.</param>
/// <param name="AucCi95">DeLong 95% CI.</param>
/// <param name="P">Two-sided p against AUC 0.5.</param>
/// <param name="StudyAuc">Study-level AUC.</param>
/// <param name="StudyAucCi95">Its CI.</param>
public sealed record LabelsOnlyProbe(double Auc, ConfidenceInterval AucCi95, double P, double StudyAuc, ConfidenceInterval StudyAucCi95);
