using RadAudit.Core;
namespace RadAudit.Reporting.Results;

/// <summary>The resolved configuration of an audit (<c>config</c>), enough to rerun it and to write its methods text.</summary>
/// <param name="Data">The data folder as the user named it.</param>
/// <param name="DataKind">What the data is: <c>mura</c>, <c>synthetic</c> or <c>folder</c>.</param>
/// <param name="TrainImages">Training images used.</param>
/// <param name="TrainStudies">Training studies used.</param>
/// <param name="ValidImages">Valid images evaluated.</param>
/// <param name="ValidStudies">Valid studies evaluated.</param>
/// <param name="Architecture">Model architecture, e.g. <c>densenet121</c> or <c>densenet-compact</c>.</param>
/// <param name="Pretrained">What the models started from: null for random initialisation, a built-in name
/// (<see cref="StartingWeights.SyntheticAnatomy"/>) or the weights file.</param>
/// <param name="ImageSize">Square input side in pixels.</param>
/// <param name="Epochs">Training epochs per model.</param>
/// <param name="BatchSize">Images per batch.</param>
/// <param name="LearningRate">Adam learning rate.</param>
/// <param name="Seeds">Training seeds, one model per condition and seed.</param>
/// <param name="Conditions">Conditions trained, in order (see <see cref="Condition"/>).</param>
/// <param name="BootstrapResamples">Resamples of the paired bootstrap (0 when not run).</param>
/// <param name="SaliencyImages">Valid images in the fixed Grad-CAM sample.</param>
/// <param name="Device">Compute device used, e.g. <c>cpu</c> or <c>cuda</c>.</param>
public sealed record AuditConfig(
    string Data,
    string DataKind,
    int TrainImages,
    int TrainStudies,
    int ValidImages,
    int ValidStudies,
    string Architecture,
    string? Pretrained,
    int ImageSize,
    int Epochs,
    int BatchSize,
    double LearningRate,
    IReadOnlyList<int> Seeds,
    IReadOnlyList<string> Conditions,
    int BootstrapResamples,
    int SaliencyImages,
    string Device);
