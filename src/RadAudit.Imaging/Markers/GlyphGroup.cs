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

    /// <summary>Height of the tallest member.</summary>
    public int GlyphHeight => Members.Max(glyph => glyph.Component.Height);

    /// <summary>Median background of the members.</summary>
    public float Background => Members.Select(glyph => glyph.Background).Order().ElementAt(Members.Count / 2);
}
