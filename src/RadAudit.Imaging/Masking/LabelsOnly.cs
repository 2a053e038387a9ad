using RadAudit.Core;

namespace RadAudit.Imaging.Masking;

/// <summary>The study's labels-only input: every pixel outside the label boxes set to black (no margin).</summary>
public static class LabelsOnly
{
    /// <summary>
    /// A copy keeping exactly the pixels inside the boxes (clipped to the image) and 0 elsewhere; an image without
    /// boxes becomes all black.
    /// </summary>
    public static GrayImage Apply(GrayImage image, IEnumerable<LabelBox> boxes)
    {
        var result = new GrayImage(image.Width, image.Height);
        foreach (LabelBox box in boxes)
        {
            PixelRectangle rectangle = PixelRectangle.Of(box).Clip(image.Width, image.Height);
            for (int y = rectangle.Y; y < rectangle.Bottom; y++)
                Array.Copy(image.Pixels, y * image.Width + rectangle.X, result.Pixels, y * image.Width + rectangle.X, rectangle.Width);
        }
        return result;
    }
}
