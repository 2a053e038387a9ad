namespace RadAudit.Imaging.Markers;

/// <summary>
/// Joins glyphs of similar height whose boxes are close (gap ≤ factor × the smaller height, in any direction so
/// rotated text groups too). The size rule keeps a large L apart from the smaller initials printed under it.
/// </summary>
public static class GlyphGrouper
{
    /// <summary>The groups, each glyph in exactly one.</summary>
    public static List<GlyphGroup> Group(IReadOnlyList<GlyphCandidate> glyphs, MarkerDetectorOptions options)
    {
        int[] parent = Enumerable.Range(0, glyphs.Count).ToArray();
        for (int a = 0; a < glyphs.Count; a++)
            for (int b = a + 1; b < glyphs.Count; b++)
                if (Belong(glyphs[a].Component, glyphs[b].Component, options))
                    parent[Root(parent, a)] = Root(parent, b);
        return Enumerable.Range(0, glyphs.Count)
            .GroupBy(index => Root(parent, index))
            .Select(group => new GlyphGroup(group.Select(index => glyphs[index]).ToList()))
            .ToList();
    }

    private static bool Belong(BrightComponent a, BrightComponent b, MarkerDetectorOptions options)
    {
        float small = Math.Min(a.Height, b.Height), large = Math.Max(a.Height, b.Height);
        if (large > options.GroupHeightRatio * small) return false;
        int gapX = Math.Max(0, Math.Max(a.Left - b.Right, b.Left - a.Right) - 1);
        int gapY = Math.Max(0, Math.Max(a.Top - b.Bottom, b.Top - a.Bottom) - 1);
        return Math.Max(gapX, gapY) <= options.GroupGapFactor * small;
    }

    private static int Root(int[] parent, int index)
    {
        while (parent[index] != index) index = parent[index] = parent[parent[index]];
        return index;
    }
}
