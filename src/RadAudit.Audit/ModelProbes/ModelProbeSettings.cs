using RadAudit.Data.Loading;
using RadAudit.Imaging.Masking;

namespace RadAudit.Audit.ModelProbes;

/// <summary>Settings of the probes of one trained model (test-time masking, marker swap, saliency checks).</summary>
public sealed record ModelProbeSettings
{
    /// <summary>Pixels added around each label box by the covers, the swap and the attention measures (the audit's 4).</summary>
    public int Margin { get; init; } = LabelCover.DefaultMargin;

    /// <summary>Paired stratified bootstrap replicates of every AUC difference (0 = DeLong only).</summary>
    public int BootstrapReplicates { get; init; } = 1000;

    /// <summary>Seed of random-cover placement, the swap's donors, the re-initialised weights and the bootstrap.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Operating probability: a decision is abnormal at probability ≥ this (MURA's and the audit's 0.5).</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>Images in the fixed, label-balanced saliency sample (the audit's sample).</summary>
    public int SaliencyImages { get; init; } = 48;

    /// <summary>Of the sample, images explained by occlusion (about 100 forward passes each; 0 skips occlusion for a
    /// model with gradients; a model without gradients is explained by occlusion on these).</summary>
    public int OcclusionImages { get; init; } = 16;

    /// <summary>Occlusion's step as a share of its patch (1/10 of the side): 1 tiles the patches (the probes'
    /// default, 4× cheaper than <c>radaudit saliency</c>'s overlapping 0.5).</summary>
    public double OcclusionStride { get; init; } = 1.0;

    /// <summary>The primary saliency method; null is gradcam for a model with gradients, occlusion otherwise.</summary>
    public string? SaliencyMethod { get; init; }

    /// <summary>Images per scoring batch.</summary>
    public int BatchSize { get; init; } = 16;

    /// <summary>Image loading threads.</summary>
    public int Workers { get; init; } = LoaderOptions.DefaultWorkers;

    /// <summary>Probe at most about this many images (whole studies, a seeded choice); null probes every image.</summary>
    public int? MaxImages { get; init; }
}
