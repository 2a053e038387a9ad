using RadAudit.Core;

namespace RadAudit.Imaging.Markers;

/// <summary>
/// Finds burned-in labels (laterality letters, technologist initials) by image processing: near-saturation
/// threshold → connected components → glyph shape and contrast filter → grouping glyphs into labels →
/// box refinement and a score. Pure and thread-safe; see docs/markers.md for what it handles.
/// </summary>
public sealed class MarkerDetector(MarkerDetectorOptions? options = null)
{
    /// <summary>The settings in use.</summary>
    public MarkerDetectorOptions Options { get; } = options ?? new MarkerDetectorOptions();

    /// <summary>
    /// The labels of one image, highest score first, each at least <see cref="MarkerDetectorOptions.MinimumScore"/>.
    /// Kind: a lone glyph as tall as the tallest in the image is the laterality letter; other groups are initials.
    /// </summary>
    public IReadOnlyList<LabelBox> Detect(GrayImage image, string path)
    {
        float threshold = BrightThreshold(image);
        if (threshold > 1f) return [];
        List<GlyphCandidate> glyphs = GlyphFilter.Select(image, ComponentLabeller.Find(image, threshold), Options);
        if (glyphs.Count == 0) return [];
        int tallest = glyphs.Max(glyph => glyph.Component.Height);
        var boxes = new List<LabelBox>();
        foreach (GlyphGroup group in GlyphGrouper.Group(glyphs, Options))
        {
            double score = LabelScore.Of(image, group);
            if (score < Options.MinimumScore) continue;
            var (left, top, right, bottom) = BoxRefiner.Refine(image, group, threshold, Options.BoxPadding);
            string kind = group.Members.Count == 1 && group.GlyphHeight >= 0.75 * tallest ? LabelKinds.Laterality : LabelKinds.Initials;
            boxes.Add(new LabelBox(path, left, top, right - left + 1, bottom - top + 1, kind, score));
        }
        return boxes.OrderByDescending(box => box.Score).ThenBy(box => box.Y).ThenBy(box => box.X).ToList();
    }

    /// <summary>
    /// <c>max(MinimumThreshold, brightest − SaturationDepth)</c>; above 1 (nothing to find) when the brightest
    /// pixel is below <see cref="MarkerDetectorOptions.MinimumThreshold"/>.
    /// </summary>
    public float BrightThreshold(GrayImage image)
    {
        float brightest = 0;
        foreach (float value in image.Pixels) brightest = Math.Max(brightest, value);
        if (brightest < Options.MinimumThreshold) return 2f;
        return Math.Max(Options.MinimumThreshold, brightest - Options.SaturationDepth);
    }
}
