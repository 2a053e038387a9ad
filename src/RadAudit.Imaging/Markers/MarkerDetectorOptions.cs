namespace RadAudit.Imaging.Markers;

/// <summary>Settings of <see cref="MarkerDetector"/>; the defaults were tuned on synthetic data (docs/markers.md).</summary>
/// <remarks>
/// Brightness values are in the image's [0, 1] scale; sizes are in pixels of the image being searched.
/// </remarks>
public sealed record MarkerDetectorOptions
{
    /// <summary>The bright threshold is <c>max(MinimumThreshold, brightest pixel − SaturationDepth)</c>.</summary>
    public float SaturationDepth { get; init; } = 0.15f;

    /// <summary>Lowest bright threshold: images whose brightest pixel is below it have no marker.</summary>
    public float MinimumThreshold { get; init; } = 0.7f;

    /// <summary>Smallest glyph extent (longer side of its box) in pixels.</summary>
    public int MinimumGlyphSize { get; init; } = 5;

    /// <summary>Largest glyph extent as a fraction of the image's shorter side.</summary>
    public float MaximumGlyphFraction { get; init; } = 0.3f;

    /// <summary>Smallest brightness step from a glyph to its surroundings (median of a ring around it).</summary>
    public float MinimumContrast { get; init; } = 0.25f;

    /// <summary>Glyphs join one label when the gap between their boxes is at most this × the smaller glyph's height.</summary>
    public float GroupGapFactor { get; init; } = 0.6f;

    /// <summary>Glyphs join one label only when their heights differ by at most this factor.</summary>
    public float GroupHeightRatio { get; init; } = 1.5f;

    /// <summary>Pixels added around every detected box so anti-aliased glyph edges are covered.</summary>
    public int BoxPadding { get; init; } = 1;

    /// <summary>Detections scoring below this are not reported.</summary>
    public double MinimumScore { get; init; } = 0.5;
}
