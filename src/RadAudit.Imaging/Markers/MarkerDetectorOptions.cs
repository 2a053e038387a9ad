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

    /// <summary>
    /// Largest glyph extent as a fraction of the image's longer side (markers are sized by the detector plate,
    /// not by the anatomy, so a narrow finger image carries letters as large as a wide shoulder image).
    /// </summary>
    public float MaximumGlyphFraction { get; init; } = 0.4f;

    /// <summary>Smallest brightness step from a glyph to its surroundings (median of a ring around it).</summary>
    public float MinimumContrast { get; init; } = 0.25f;

    /// <summary>Smallest <see cref="BrightComponent.EdgeStep"/>: printed glyphs have sharp edges, bone does not.</summary>
    public float MinimumEdgeStep { get; init; } = 0.15f;

    /// <summary>Letters join one word when the gap between them is at most this × the smaller letter height.</summary>
    public float GroupGapFactor { get; init; } = 0.4f;

    /// <summary>Letters join one word only when their heights (across the reading direction) differ by at most this factor.</summary>
    public float GroupHeightRatio { get; init; } = 1.35f;

    /// <summary>Pixels added around every detected box so anti-aliased glyph edges are covered.</summary>
    public int BoxPadding { get; init; } = 1;

    /// <summary>Detections scoring below this are not reported.</summary>
    public double MinimumScore { get; init; } = 0.5;
}
