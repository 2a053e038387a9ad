using RadAudit.Learning.Saliency;
using RadAudit.Learning.Training;

namespace RadAudit.Cli.Audit;

/// <summary>Everything an audit needs besides its plan (conditions × seeds); recorded in results.json's config.</summary>
public sealed record AuditSettings
{
    /// <summary>MURA folder or manifest with train and valid splits.</summary>
    public required string DataPath { get; init; }

    /// <summary>Given label boxes (CSV or COCO JSON); null when <see cref="DetectMarkers"/>.</summary>
    public string? MarkersPath { get; init; }

    /// <summary>Find the label boxes with the built-in detector instead.</summary>
    public bool DetectMarkers { get; init; }

    /// <summary>Which detector <see cref="DetectMarkers"/> runs: learned (default) or rules (<c>--detector</c>).</summary>
    public string Detector { get; init; } = Markers.DetectorChoice.Default;

    /// <summary>Weights of the learned detector; null = the shipped ones (<c>--detector-weights</c>).</summary>
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
    public int Workers { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Valid images explained per condition (a fixed, label-balanced sample).</summary>
    public int SaliencyImages { get; init; } = 48;

    /// <summary>Saliency method (gradcam, gradcam++, occlusion).</summary>
    public string SaliencyMethod { get; init; } = SaliencyMethods.GradCam;

    /// <summary>Images shown side by side per condition in the report's gallery.</summary>
    public int GalleryImages { get; init; } = 6;

    /// <summary>Stratified bootstrap replicates for the AUC and difference intervals (0 = none).</summary>
    public int BootstrapReplicates { get; init; } = 1000;

    /// <summary>Skip images that fail validation instead of stopping.</summary>
    public bool SkipBad { get; init; }
}
