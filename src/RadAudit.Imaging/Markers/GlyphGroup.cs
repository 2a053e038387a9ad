namespace RadAudit.Imaging.Markers;

/// <summary>Glyphs close enough together to be one printed label (a letter, or a row of initials).</summary>
/// <param name="Members">The glyphs.</param>
public sealed record GlyphGroup(IReadOnlyList<GlyphCandidate> Members)
{
    /// <summary>Leftmost column of all members.</summary>
    public int Left => Members.Min(glyph => glyph.Component.Left);

    /// <summary>Top row of all members.</summary>
    public int Top => Members.Min(glyph => glyph.Component.Top);

    /// <summary>Rightmost column (inclusive).</summary>
    public int Right => Members.Max(glyph => glyph.Component.Right);

    /// <summary>Bottom row (inclusive).</summary>
    public int Bottom => Members.Max(glyph => glyph.Component.Bottom);

    /// <summary>Extent (longer box side) of the largest member.</summary>
    public int GlyphHeight => Members.Max(glyph => glyph.Component.Extent);

    /// <summary>
    /// Extent over stroke width of the largest member: about 6 for a marker letter, about 4 for small initials
    /// drawn with the same pen (they merge into one bolder blob).
    /// </summary>
    public float LetterScale
    {
        get
        {
            BrightComponent largest = Members.MaxBy(glyph => glyph.Component.Extent).Component;
            return largest.Extent / largest.StrokeWidth;
        }
    }

    /// <summary>Median background of the members.</summary>
    public float Background => Members.Select(glyph => glyph.Background).Order().ElementAt(Members.Count / 2);
}
