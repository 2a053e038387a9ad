namespace RadAudit.Imaging.Markers;

/// <summary>
/// Keeps the bright components that look like printed glyphs: a plausible size, thin strokes relative to their
/// size, and a sharp step down to their surroundings (bone and soft tissue around a bright bone spot are bright
/// too, so bone fails the step; hardware is usually too large or too solid).
/// </summary>
public static class GlyphFilter
{
    /// <summary>The glyph-like components of <paramref name="image"/>, or none.</summary>
    public static List<GlyphCandidate> Select(GrayImage image, IEnumerable<BrightComponent> components, MarkerDetectorOptions options)
    {
        int maximumExtent = Math.Max(options.MinimumGlyphSize, (int)(options.MaximumGlyphFraction * Math.Max(image.Width, image.Height)));
        var glyphs = new List<GlyphCandidate>();
        foreach (BrightComponent component in components)
        {
            if (component.Extent < options.MinimumGlyphSize || component.Extent > maximumExtent) continue;
            if (component.EdgeStep < options.MinimumEdgeStep) continue;
            float shape = ShapeScore(component);
            if (shape <= 0) continue;
            int ring = Math.Max(2, component.Extent / 4);
            float background = RingStatistics.Median(image, component.Left, component.Top, component.Right, component.Bottom, 2, 2 + ring);
            if (float.IsNaN(background)) background = 0;
            float contrast = component.MeanBrightness - background;
            if (contrast < options.MinimumContrast) continue;
            glyphs.Add(new GlyphCandidate(component, background, contrast, shape, IsBar(component)));
        }
        return glyphs;
    }

    /// <summary>A nearly solid, elongated component (fill over 80 %, at least 3:1): an I, a 1, or a screw.</summary>
    public static bool IsBar(BrightComponent component) =>
        component.FillRatio > 0.8f && component.Extent >= 3 * component.ShortSide;

    /// <summary>
    /// 1 when the stroke width is 6–35 % of the glyph's extent (typical of printed letters), falling linearly to 0
    /// at 2 % and 65 % (small bold initials reach 45 %); solid blobs (a filled disc has 50 %) and hairlines score low.
    /// </summary>
    public static float ShapeScore(BrightComponent component)
    {
        float ratio = component.StrokeWidth / component.Extent;
        if (ratio < 0.06f) return Math.Clamp((ratio - 0.02f) / 0.04f, 0f, 1f);
        if (ratio > 0.35f) return Math.Clamp((0.65f - ratio) / 0.3f, 0f, 1f);
        return 1f;
    }
}
