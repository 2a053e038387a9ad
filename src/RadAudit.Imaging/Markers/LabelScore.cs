namespace RadAudit.Imaging.Markers;

/// <summary>
/// The confidence of one detected label, in [0, 1]: a weighted sum of glyph shape (0.45), contrast to the
/// surroundings (0.35), a faint plate around it (0.1) and closeness to an image edge (0.1); a lone bar-like
/// glyph (an I or a screw) counts half.
/// </summary>
public static class LabelScore
{
    /// <summary>Scores <paramref name="group"/> in <paramref name="image"/>.</summary>
    public static double Of(GrayImage image, GlyphGroup group)
    {
        double shape = group.Members.Average(glyph => glyph.ShapeScore);
        // A saturated glyph on a dark plate has a contrast near 0.8; 0.6 and above counts fully.
        double contrast = Math.Clamp(group.Members.Min(glyph => glyph.Contrast) / 0.6, 0, 1);
        double score = 0.45 * shape + 0.35 * contrast + 0.1 * PlateEvidence(image, group) + 0.1 * EdgeProximity(image, group);
        bool loneBar = group.Members.Count == 1 && group.Members[0].BarLike;
        return Math.Round(loneBar ? score / 2 : score, 4);
    }

    /// <summary>
    /// 1 when the band just around the label is at least 0.04 brighter than the band further out (a plastic
    /// plate), 0 when it is not brighter.
    /// </summary>
    public static double PlateEvidence(GrayImage image, GlyphGroup group)
    {
        int height = group.GlyphHeight;
        float near = RingStatistics.Median(image, group.Left, group.Top, group.Right, group.Bottom, 2, Math.Max(3, height / 3));
        float far = RingStatistics.Median(image, group.Left, group.Top, group.Right, group.Bottom, height, height + Math.Max(3, height / 2));
        if (float.IsNaN(near) || float.IsNaN(far)) return 0;
        return Math.Clamp((near - far) / 0.04, 0, 1);
    }

    /// <summary>1 within 20 % of the shorter side from an edge, falling to 0 at 50 % (the image centre).</summary>
    public static double EdgeProximity(GrayImage image, GlyphGroup group)
    {
        int distance = Math.Min(Math.Min(group.Left, group.Top), Math.Min(image.Width - 1 - group.Right, image.Height - 1 - group.Bottom));
        double relative = (double)distance / Math.Min(image.Width, image.Height);
        return Math.Clamp((0.5 - relative) / 0.3, 0, 1);
    }
}
