namespace RadAudit.Reporting.Results;

/// <summary>
/// Everything an audit found: the contents of <c>RUN/results.json</c> (snake_case keys; scripts depend on them,
/// see docs/report.md) and the input of the HTML report.
/// </summary>
/// <param name="Conditions">Per-condition evaluation, keyed by condition name as <c>--conditions</c> spells it.</param>
/// <param name="Comparisons">Paired AUC comparisons.</param>
/// <param name="LabelsOnlyVsChance">The labels-only model against chance; null when that condition was not run.</param>
/// <param name="Saliency">Label-attention metrics per condition; empty when saliency was not computed.</param>
/// <param name="Markers">Where the label boxes came from and how many images have them.</param>
/// <param name="Verdict">The plain-language verdict (sentences joined by spaces).</param>
/// <param name="Config">The resolved configuration.</param>
/// <param name="Versions">Component versions (radaudit, .NET, TorchSharp, libtorch, ...).</param>
/// <param name="DataFingerprint">Hash of the data set's file list and labels, to tell two data sets apart.</param>
/// <param name="AuditFingerprint">Hash of <paramref name="Inputs"/>: equal for two audits made from the same inputs.</param>
/// <param name="Inputs">What determined these results (data and boxes by content, every training and evaluation option
/// that changes them, the plan, the RadAudit version), as the run folder's jobs recorded them.</param>
/// <param name="LeakChecks">Checks that labels-only finds the labels' content, not geometry or what lies under them.</param>
/// <param name="ModelProbes">The original-image model probed without retraining (test-time masking, marker swap,
/// saliency checks); null when the probes did not run.</param>
public sealed record AuditResults(
    IReadOnlyDictionary<string, ConditionResult> Conditions,
    ComparisonSet Comparisons,
    ChanceComparison? LabelsOnlyVsChance,
    IReadOnlyDictionary<string, SaliencyResult> Saliency,
    MarkerSummary Markers,
    string Verdict,
    AuditConfig Config,
    IReadOnlyDictionary<string, string> Versions,
    string DataFingerprint,
    string? AuditFingerprint = null,
    IReadOnlyDictionary<string, string>? Inputs = null,
    LeakChecks? LeakChecks = null,
    Probes.ModelProbeResults? ModelProbes = null);
