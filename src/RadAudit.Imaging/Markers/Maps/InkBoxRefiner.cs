using RadAudit.Core;

namespace RadAudit.Imaging.Markers.Maps;

/// <summary>
/// Snaps a coarse label box (a few pixels off, as a low-resolution map gives it) to the ink it holds: within the box
/// grown by the map's cell size, the pixels connected to ink in the box's core that stand above the box's background
/// (its 30th percentile: ink fills a fifth to a half of a label's box, a holder most of the rest; or the grown
/// window's 20th where ink fills the box) by half the label's contrast, plus one pixel of anti-aliased fringe. The
/// ink decides, not the brightest pixel in the image, so a mid-grey letter gets as tight a box as a white one.
/// </summary>
public static class InkBoxRefiner
{
    /// <summary>Below this contrast between background and ink the coarse box is kept as it is.</summary>
    public const float MinimumContrast = 0.05f;

    /// <summary>Share of the contrast above the background at which a pixel counts as ink.</summary>
    /// <remarks>Measured on the hard benchmark set with the shipped network, calibrated for 0.35 (IoU 0.5,
    /// --min-score 0.2): 0.35 gave recall 0.761, precision 0.702, coverage 0.949; 0.5 gave 0.793, 0.730, 0.948 (boxes
    /// no longer take in the holder's rim or a neighbour's fringe); 0.65 gave 0.806, 0.743 but coverage 0.944 (fringes
    /// of the true box cut). Recalibrated for 0.5: 0.803, 0.723, 0.954.</remarks>
    public const float InkShare = 0.5f;

    /// <summary>The refined box (same path and kind), or <paramref name="coarse"/> when no ink stands out.</summary>
    /// <param name="image">The source image.</param>
    /// <param name="coarse">The box read off the map, in source pixels.</param>
    /// <param name="slack">How far (pixels) the true box may lie outside or inside the coarse one.</param>
    public static LabelBox Refine(GrayImage image, LabelBox coarse, float slack)
    {
        int grow = Math.Max(1, (int)MathF.Ceiling(slack));
        int left = Math.Max(0, coarse.X - grow), top = Math.Max(0, coarse.Y - grow);
        int right = Math.Min(image.Width, coarse.Right + grow), bottom = Math.Min(image.Height, coarse.Bottom + grow);
        int width = right - left, height = bottom - top;
        // The background is read inside the coarse box: around a letter in a holder it is the holder, not the darker
        // margin around it, so a mid-grey letter's ink threshold stays above the holder. A box the ink fills is read
        // with the grown window instead.
        float[] inside = PixelPercentile.Region(image, coarse.X, coarse.Y, coarse.Right, coarse.Bottom);
        float peak = PixelPercentile.Of(inside, 0.98), background = PixelPercentile.Of(inside, 0.3);
        if (peak - background < MinimumContrast) background = PixelPercentile.Of(PixelPercentile.Region(image, left, top, right, bottom), 0.2);
        if (peak - background < MinimumContrast) return coarse;
        float threshold = background + InkShare * (peak - background);
        var ink = new bool[width * height];
        for (int y = 0; y < height; y++)
            for (int x = 0; x < width; x++)
                ink[y * width + x] = image[left + x, top + y] >= threshold;
        int shrink = Math.Max(0, grow / 2);
        var core = (Left: coarse.X + shrink - left, Top: coarse.Y + shrink - top, Right: coarse.Right - shrink - left, Bottom: coarse.Bottom - shrink - top);
        if (InkExtent(ink, width, height, core) is not var (x0, y0, x1, y1)) return coarse;
        return AroundInk(coarse, image, left + x0, top + y0, left + x1, top + y1);
    }

    /// <summary><paramref name="box"/> moved to the ink extent [<paramref name="left"/>, <paramref name="right"/>] ×
    /// [<paramref name="top"/>, <paramref name="bottom"/>] (inclusive, image pixels) plus one pixel of anti-aliased
    /// fringe on every side, clipped to <paramref name="image"/>; path and kind kept.</summary>
    internal static LabelBox AroundInk(LabelBox box, GrayImage image, int left, int top, int right, int bottom)
    {
        int boxLeft = Math.Max(0, left - 1), boxTop = Math.Max(0, top - 1);
        int boxRight = Math.Min(image.Width, right + 2), boxBottom = Math.Min(image.Height, bottom + 2);
        return box with { X = boxLeft, Y = boxTop, Width = boxRight - boxLeft, Height = boxBottom - boxTop };
    }

    /// <summary>The extent (inclusive, window coordinates) of the ink 8-connected to ink inside <paramref name="core"/>.</summary>
    private static (int Left, int Top, int Right, int Bottom)? InkExtent(bool[] ink, int width, int height, (int Left, int Top, int Right, int Bottom) core)
    {
        var seen = new bool[ink.Length];
        var stack = new Stack<int>();
        for (int y = Math.Max(0, core.Top); y < Math.Min(height, core.Bottom); y++)
            for (int x = Math.Max(0, core.Left); x < Math.Min(width, core.Right); x++)
                if (ink[y * width + x] && !seen[y * width + x]) { seen[y * width + x] = true; stack.Push(y * width + x); }
        if (stack.Count == 0) return null;
        return GridFlood.Grow(width, height, seen, stack, neighbour => ink[neighbour]);
    }
}
