using System.Text.Json.Serialization;

namespace RadAudit.Reporting.Results.Probes;

/// <summary>
/// Everything <c>radaudit audit-model</c> found: the contents of its <c>results.json</c> (snake_case keys, see
/// docs/model-audit.md) and the input of its report.
/// </summary>
/// <param name="Model">The model audited.</param>
/// <param name="TestTime">Test-time masking.</param>
/// <param name="Counterfactual">The marker swap.</param>
/// <param name="Saliency">Saliency with its checks.</param>
/// <param name="Markers">Where the label boxes came from.</param>
/// <param name="Verdict">The plain-language verdict.</param>
/// <param name="Config">The resolved configuration.</param>
/// <param name="Versions">Component versions.</param>
/// <param name="DataFingerprint">Hash of the data set's file list and labels (the audit's).</param>
public sealed record ModelAuditResults(
    ProbedModel Model,
    TestTimeResults TestTime,
    CounterfactualResults Counterfactual,
    ModelSaliencyResults Saliency,
    MarkerSummary Markers,
    string Verdict,
    ModelAuditConfig Config,
    IReadOnlyDictionary<string, string> Versions,
    string DataFingerprint)
{
    /// <summary>The probes' part, as the full audit records it.</summary>
    [JsonIgnore]
    public ModelProbeResults Probes => new(Model, TestTime, Counterfactual, Saliency);
}

/// <summary>The resolved configuration of a model audit (<c>config</c>).</summary>
/// <param name="Data">The data as named.</param>
/// <param name="DataKind">mura, manifest, …</param>
/// <param name="Split">The split probed.</param>
/// <param name="NImages">Images probed.</param>
/// <param name="NStudies">Studies probed.</param>
/// <param name="Model">The model as named.</param>
/// <param name="Margin">Pixels around each label box for covers, swaps and attention.</param>
/// <param name="BootstrapResamples">Paired bootstrap resamples (0 = none).</param>
/// <param name="Threshold">Operating probability of the swap's decisions.</param>
/// <param name="SaliencyImages">Images in the saliency sample.</param>
/// <param name="OcclusionImages">Of those, images also explained by occlusion (a model with gradients).</param>
/// <param name="Seed">Seed of random-cover, donors, randomisation and the bootstrap.</param>
/// <param name="Device">Compute device.</param>
public sealed record ModelAuditConfig(string Data, string DataKind, string Split, int NImages, int NStudies, string Model, int Margin,
    int BootstrapResamples, double Threshold, int SaliencyImages, int OcclusionImages, int Seed, string Device);
