using RadAudit.Stats.Attention;

namespace RadAudit.Learning.Saliency;

/// <summary>Settings of a <see cref="SaliencyRun"/> (what <c>radaudit saliency</c> passes in).</summary>
public sealed record SaliencyRunOptions
{
    /// <summary>One of <see cref="SaliencyMethods.Names"/>.</summary>
    public string Method { get; init; } = SaliencyMethods.GradCam;

    /// <summary>Which decision to explain (abnormal logit, or its negative for "why normal").</summary>
    public SaliencyTarget Target { get; init; } = SaliencyTarget.Abnormal;

    /// <summary>Model input side in pixels (the run's training image size).</summary>
    public int ImageSize { get; init; } = 224;

    /// <summary>Images per batch.</summary>
    public int BatchSize { get; init; } = 8;

    /// <summary>Pixels added around each label box for the metrics (the cover mask's margin).</summary>
    public int Margin { get; init; } = LabelAttention.DefaultMargin;

    /// <summary>Write one overlay PNG per image under <c>overlays/</c>.</summary>
    public bool WriteOverlays { get; init; } = true;

    /// <summary>
    /// Per-image preprocessing applied to the decoded original before resizing, as in training (the audit passes the
    /// condition's masking, so each model is explained on the input it was trained on). Null: images as stored.
    /// </summary>
    public Func<RadAudit.Core.ImageRecord, RadAudit.Imaging.GrayImage, RadAudit.Imaging.GrayImage>? Preprocess { get; init; }
}
