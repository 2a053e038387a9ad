using RadAudit.Core;

namespace RadAudit.Imaging.Masking;

/// <summary>How <see cref="MaskTransform"/> changes an image.</summary>
/// <param name="Condition">Which study input to make.</param>
/// <param name="Margin">Pixels added around each box for cover and random-cover (default 4).</param>
/// <param name="Fill">Fill of covered boxes (default black, as published).</param>
/// <param name="Seed">Run seed of random-cover; each image's positions depend on it and on its path only.</param>
public sealed record MaskOptions(Condition Condition, int Margin = LabelCover.DefaultMargin, CoverFill Fill = CoverFill.Black, int Seed = 0);
