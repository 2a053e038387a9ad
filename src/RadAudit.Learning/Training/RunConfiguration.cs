using System.Text.Json.Serialization;
using RadAudit.Data.Loading;

namespace RadAudit.Learning.Training;

/// <summary>What <c>RUN/config.json</c> records: enough to reproduce the run and to refuse resuming it on other data.</summary>
/// <param name="Options">The resolved options.</param>
/// <param name="Seed">The seed (also in the options, repeated for readers that look only here).</param>
/// <param name="Device">The device the run used ("cpu" or "cuda").</param>
/// <param name="Threads">libtorch intra-op threads.</param>
/// <param name="Versions">RadAudit, .NET, TorchSharp and libtorch versions.</param>
/// <param name="Data">Per split: image count and <see cref="DataFingerprint"/>.</param>
/// <param name="DataOptions">How the splits were made (<see cref="TrainingData.Description"/>).</param>
/// <param name="SelectionSplit">"valid" or "holdout".</param>
/// <param name="ClassWeights">MURA's per-study-type class weights of the training split (what the loss uses).</param>
/// <param name="CreatedUtc">When the run started (first start, kept on resume).</param>
/// <param name="Compute">The compute configuration chosen for the machine (issue #16); null in runs made before it.</param>
public sealed record RunConfiguration(
    [property: JsonPropertyName("options")] TrainingOptions Options,
    [property: JsonPropertyName("seed")] int Seed,
    [property: JsonPropertyName("device")] string Device,
    [property: JsonPropertyName("threads")] int Threads,
    [property: JsonPropertyName("versions")] IReadOnlyDictionary<string, string> Versions,
    [property: JsonPropertyName("data")] IReadOnlyDictionary<string, SplitFingerprint> Data,
    [property: JsonPropertyName("data_options")] IReadOnlyDictionary<string, string> DataOptions,
    [property: JsonPropertyName("selection_split")] string SelectionSplit,
    [property: JsonPropertyName("class_weights")] IReadOnlyList<BodyPartWeights> ClassWeights,
    [property: JsonPropertyName("created_utc")] DateTime CreatedUtc,
    [property: JsonPropertyName("compute")] Runtime.Compute.ComputeSummary? Compute = null);
