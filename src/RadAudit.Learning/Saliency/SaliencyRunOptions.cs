using RadAudit.Core;
using RadAudit.Data.Loading;
using RadAudit.Learning.Training;
using RadAudit.Stats.Attention;

namespace RadAudit.Learning.Saliency;

/// <summary>Settings of a <see cref="SaliencyRun"/> (what <c>radaudit saliency</c> passes in).</summary>
public sealed record SaliencyRunOptions
{
    /// <summary>One of <see cref="SaliencyMethods.Names"/>.</summary>
    public string Method { get; init; } = SaliencyMethods.GradCam;

    /// <summary>Which decision to explain (abnormal logit, or its negative for "why normal").</summary>
    public SaliencyTarget Target { get; init; } = SaliencyTarget.Abnormal;

    /// <summary>The run's training options (image size, seed): images are loaded exactly as for prediction.</summary>
    public TrainingOptions Training { get; init; } = new();

    /// <summary>Masking applied to each original image before explaining, also drawn in the overlay.</summary>
    public Condition Condition { get; init; } = Condition.Original;

    /// <summary>Loader threads.</summary>
    public int Workers { get; init; } = LoaderOptions.DefaultWorkers;

    /// <summary>Images per batch.</summary>
    public int BatchSize { get; init; } = 8;

    /// <summary>Pixels added around each label box for the metrics (the cover mask's margin).</summary>
    public int Margin { get; init; } = LabelAttention.DefaultMargin;

    /// <summary>Write one overlay PNG per image under <c>overlays/</c>.</summary>
    public bool WriteOverlays { get; init; } = true;
}
