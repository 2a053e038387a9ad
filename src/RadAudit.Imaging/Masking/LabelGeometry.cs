using RadAudit.Core;

namespace RadAudit.Imaging.Masking;

/// <summary>The labels-geometry control: a black image with every label box (clipped to the image) filled with one
/// grey, so a model sees where the labels are and how large, and nothing of their content or what lies under them.</summary>
public static class LabelGeometry
{
    /// <summary>The grey the boxes are filled with: mid-scale, so a box is visible whatever the normalisation.</summary>
    public const float Fill = 0.5f;

    /// <summary>A new image of <paramref name="image"/>'s size: 0 outside the boxes, <see cref="Fill"/> inside.</summary>
    public static GrayImage Apply(GrayImage image, IEnumerable<LabelBox> boxes)
    {
        var result = new GrayImage(image.Width, image.Height);
        foreach (LabelBox box in boxes)
        {
            PixelRectangle rectangle = PixelRectangle.Of(box).Clip(image.Width, image.Height);
            for (int y = rectangle.Y; y < rectangle.Bottom; y++)
                Array.Fill(result.Pixels, Fill, y * image.Width + rectangle.X, rectangle.Width);
        }
        return result;
    }
}
