using RadAudit.Core;

namespace RadAudit.Imaging.Masking;

/// <summary>The study's covering: every label box, grown by a margin, filled (black by default).</summary>
public static class LabelCover
{
    /// <summary>Default margin in pixels around each box.</summary>
    public const int DefaultMargin = 4;

    /// <summary>The rectangles that are filled: each box grown by <paramref name="margin"/>, clipped to the image.</summary>
    public static IReadOnlyList<PixelRectangle> Rectangles(int width, int height, IEnumerable<LabelBox> boxes, int margin) =>
        boxes.Select(box => PixelRectangle.Of(box).Expand(margin).Clip(width, height))
            .Where(rectangle => !rectangle.IsEmpty).ToList();

    /// <summary>A copy of <paramref name="image"/> with every label covered; the input is not changed.</summary>
    public static GrayImage Apply(GrayImage image, IEnumerable<LabelBox> boxes, int margin = DefaultMargin, CoverFill fill = CoverFill.Black)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(margin);
        GrayImage result = image.Clone();
        RegionFill.Fill(result, Rectangles(image.Width, image.Height, boxes, margin), fill);
        return result;
    }
}
