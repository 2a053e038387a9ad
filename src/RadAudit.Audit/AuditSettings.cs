using RadAudit.Data.Loading;
using RadAudit.Learning.Saliency;
using RadAudit.Learning.Training;

namespace RadAudit.Audit;

/// <summary>Everything an audit needs besides its plan (conditions × seeds); recorded in results.json's config.</summary>
public sealed record AuditSettings
{
    /// <summary>What the user named as the data (MURA folder or manifest), as results.json records it; the data
    /// itself comes opened, in <see cref="AuditInput.Data"/>.</summary>
    public required string DataPath { get; init; }

    /// <summary>The label detector that finds the boxes when none are given (<see cref="Learning.Markers.LabelDetectors"/>:
    /// learned, the default, or rules).</summary>
    public string Detector { get; init; } = Learning.Markers.LabelDetectors.Default;

    /// <summary>Weights of the learned detector; null = the shipped ones.</summary>
    public string? DetectorWeights { get; init; }

    /// <summary>The audit's run folder.</summary>
    public required string OutFolder { get; init; }

    /// <summary>Training options shared by every condition (the seed is set per job).</summary>
    public TrainingOptions Training { get; init; } = new();

    /// <summary>Share of train (whole patients) that selects the model; null selects on valid (inflates valid figures).</summary>
    public double? HoldoutFraction { get; init; } = 0.1;

    /// <summary>Random augmentation during training.</summary>
    public bool Augment { get; init; } = true;

    /// <summary>Image loading threads.</summary>
    public int Workers { get; init; } = LoaderOptions.DefaultWorkers;

    /// <summary>Valid images explained per condition (a fixed, label-balanced sample).</summary>
    public int SaliencyImages { get; init; } = 48;

    /// <summary>Saliency method (gradcam, gradcam++, occlusion).</summary>
    public string SaliencyMethod { get; init; } = SaliencyMethods.GradCam;

    /// <summary>Images shown side by side per condition in the report's gallery.</summary>
    public int GalleryImages { get; init; } = 6;

    /// <summary>Stratified bootstrap replicates for the AUC and difference intervals (0 = none).</summary>
    public int BootstrapReplicates { get; init; } = 1000;

    /// <summary>Largest width × height the data check accepts (decompression-bomb guard).</summary>
    public long MaxPixels { get; init; } = Imaging.ImageCodec.DefaultMaxPixels;

    /// <summary>Skip images that fail validation instead of stopping.</summary>
    public bool SkipBad { get; init; }

    /// <summary>The probes of the original-image model without retraining (issue #20); null skips them. The audit sets
    /// their seed, bootstrap, saliency sample and method, batch size and workers from its own settings.</summary>
    public ModelProbes.ModelProbeSettings? ModelProbes { get; init; } = new();
}
