namespace RadAudit.Imaging.Markers;

/// <summary>
/// Joins neighbouring letters of one word, and a letter with a ring that encloses it. Two glyphs are neighbours in
/// a word when they sit side by side (their rows overlap by half the smaller height, or their columns by half the
/// smaller width, for text rotated 90°), their sizes across the reading direction (the letter height) differ by at
/// most <see cref="MarkerDetectorOptions.GroupHeightRatio"/>, and the gap along it is at most
/// <see cref="MarkerDetectorOptions.GroupGapFactor"/> × that letter height, and each is at least
/// <see cref="LetterAspect"/> as high as long (capitals are taller than wide). This keeps a large L apart from
/// the smaller initials printed under or beside it even when the initials merge into one blob as large as the L.
/// </summary>
public static class GlyphGrouper
{
    /// <summary>Smallest height / length (across / along the reading direction) of a letter in a word.</summary>
    public const float LetterAspect = 0.8f;

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
        if (a.Encloses(b) || b.Encloses(a)) return true;
        int rowOverlap = Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top) + 1;
        int columnOverlap = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left) + 1;
        if (2 * rowOverlap >= Math.Min(a.Height, b.Height))
            return Letter(a.Height, a.Width) && Letter(b.Height, b.Width)
                && Neighbours(a.Height, b.Height, Math.Max(a.Left - b.Right, b.Left - a.Right) - 1, options);
        if (2 * columnOverlap >= Math.Min(a.Width, b.Width))
            return Letter(a.Width, a.Height) && Letter(b.Width, b.Height)
                && Neighbours(a.Width, b.Width, Math.Max(a.Top - b.Bottom, b.Top - a.Bottom) - 1, options);
        return false;
    }

    private static bool Letter(int across, int along) => across >= LetterAspect * along;

    private static bool Neighbours(int sizeA, int sizeB, int gap, MarkerDetectorOptions options)
    {
        int small = Math.Min(sizeA, sizeB), large = Math.Max(sizeA, sizeB);
        return large <= options.GroupHeightRatio * small && gap <= options.GroupGapFactor * small;
    }

    private static int Root(int[] parent, int index)
    {
        while (parent[index] != index) index = parent[index] = parent[parent[index]];
        return index;
    }
}
