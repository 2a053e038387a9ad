using RadAudit.Core;

namespace RadAudit.Imaging.Markers;

/// <summary>
/// Finds burned-in labels (laterality letters, technologist initials) by image processing: near-saturation
/// threshold → connected components → glyph shape and contrast filter → grouping glyphs into labels →
/// box refinement and a score. Pure and thread-safe; see docs/markers.md for what it handles.
/// </summary>
public sealed class MarkerDetector(MarkerDetectorOptions? options = null) : ILabelDetector
{
    /// <summary>The name <c>--detector</c> selects it by.</summary>
    public const string SelectionName = "rules";

    /// <inheritdoc />
    public string Name => "radaudit rule-based label detector (saturation, glyph components, grouping)";

    /// <inheritdoc />
    public int BatchSize => 1;

    /// <inheritdoc />
    public IReadOnlyList<ImageDetections> Detect(IReadOnlyList<(string Path, GrayImage Image)> images) =>
        images.Select(item => new ImageDetections(item.Path, item.Image.Width, item.Image.Height, Detect(item.Image, item.Path))).ToList();

    /// <summary>The settings in use.</summary>
    public MarkerDetectorOptions Options { get; } = options ?? new MarkerDetectorOptions();

    /// <summary>
    /// The labels of one image, highest score first, each at least <see cref="MarkerDetectorOptions.MinimumScore"/>.
    /// Kind: one laterality letter per image, the single-letter group (a glyph, or a glyph in a ring) with the
    /// largest <see cref="GlyphGroup.LetterScale"/> (a big letter drawn with strokes as thick as the small
    /// initials'); every other group is initials.
    /// </summary>
    public IReadOnlyList<LabelBox> Detect(GrayImage image, string path)
    {
        float threshold = BrightThreshold(image);
        if (threshold > 1f) return [];
        List<GlyphCandidate> glyphs = GlyphFilter.Select(image, ComponentLabeller.Find(image, threshold), Options);
        if (glyphs.Count == 0) return [];
        var scored = GlyphGrouper.Group(glyphs, Options).Select(group => (Group: group, Score: LabelScore.Of(image, group)))
            .Where(pair => pair.Score >= Options.MinimumScore).ToList();
        GlyphGroup? laterality = scored.Select(pair => pair.Group).Where(IsLetter).MaxBy(group => group.LetterScale);
        var boxes = new List<LabelBox>();
        foreach (var (group, score) in scored)
        {
            var (left, top, right, bottom) = BoxRefiner.Refine(image, group, threshold, Options.BoxPadding);
            string kind = ReferenceEquals(group, laterality) ? LabelKinds.Laterality : LabelKinds.Initials;
            boxes.Add(new LabelBox(path, left, top, right - left + 1, bottom - top + 1, kind, score));
        }
        return boxes.OrderByDescending(box => box.Score).ThenBy(box => box.Y).ThenBy(box => box.X).ToList();
    }

    private static bool IsLetter(GlyphGroup group) =>
        group.Members.Count == 1 || (group.Members.Count == 2 && (group.Members[0].Component.Encloses(group.Members[1].Component)
            || group.Members[1].Component.Encloses(group.Members[0].Component)));

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
