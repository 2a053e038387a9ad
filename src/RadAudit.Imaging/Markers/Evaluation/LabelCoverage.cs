using RadAudit.Core;

namespace RadAudit.Imaging.Markers.Evaluation;

/// <summary>How much of the true label area the predicted boxes cover: what masking depends on.</summary>
public static class LabelCoverage
{
    /// <summary>
    /// (pixels inside the union of true boxes that are also inside the union of predicted boxes, pixels inside the
    /// union of true boxes) for one image; kinds are ignored, as a mask ignores them.
    /// </summary>
    public static (long Covered, long Total) Count(IReadOnlyList<LabelBox> truth, IReadOnlyList<LabelBox> predictions)
    {
        if (truth.Count == 0) return (0, 0);
        int left = truth.Min(box => box.X), top = truth.Min(box => box.Y);
        int width = truth.Max(box => box.Right) - left, height = truth.Max(box => box.Bottom) - top;
        // 0 = outside truth, 1 = truth, 2 = truth and covered; rasterised over the truth boxes' bounding region only.
        var state = new byte[width * height];
        foreach (LabelBox box in truth) Paint(state, width, height, box, left, top, value: 1, onlyOver: 0);
        foreach (LabelBox box in predictions) Paint(state, width, height, box, left, top, value: 2, onlyOver: 1);
        long total = state.LongCount(value => value > 0), covered = state.LongCount(value => value == 2);
        return (covered, total);
    }

    private static void Paint(byte[] state, int width, int height, LabelBox box, int left, int top, byte value, byte onlyOver)
    {
        int x0 = Math.Max(0, box.X - left), x1 = Math.Min(width, box.Right - left);
        int y0 = Math.Max(0, box.Y - top), y1 = Math.Min(height, box.Bottom - top);
        for (int y = y0; y < y1; y++)
            for (int x = x0; x < x1; x++)
            {
                int index = y * width + x;
                if (state[index] == onlyOver) state[index] = value;
            }
    }
}
