using RadAudit.Core;
using RadAudit.Imaging.Transforms;

namespace RadAudit.Imaging.Masking;

/// <summary>
/// The counterfactual marker swap: an image's burned-in labels replaced by another image's. The recipient's labels
/// are removed (each box plus margin filled smoothly from its border, <see cref="CoverFill.Blur"/>), then the donor's
/// label region — the rectangle around all its boxes plus the margin, cut from the donor — is pasted where the
/// recipient's label region was, centred on it. An image without labels gets the donor's region where the donor had
/// it (the same position relative to the image size), at the image margin where markers sit.
/// </summary>
/// <remarks>
/// The pasted region keeps its size relative to the image (scaled by the ratio of the two images' long sides: a
/// marker has a physical size, and so a size relative to the plate), shrunk further if it would not fit inside the
/// recipient, and moved inside the image if it would cross an edge. Resampling is the loader's (antialiased).
/// </remarks>
public static class LabelTransplant
{
    /// <summary>The rectangle around every box grown by <paramref name="margin"/>, clipped; null without boxes.</summary>
    public static PixelRectangle? Region(int width, int height, IReadOnlyList<LabelBox> boxes, int margin = LabelCover.DefaultMargin)
    {
        IReadOnlyList<PixelRectangle> grown = LabelCover.Rectangles(width, height, boxes, margin);
        if (grown.Count == 0) return null;
        int left = grown.Min(r => r.X), top = grown.Min(r => r.Y), right = grown.Max(r => r.Right), bottom = grown.Max(r => r.Bottom);
        return new PixelRectangle(left, top, right - left, bottom - top);
    }

    /// <summary>Where the donor's region lands in the recipient (see the class remarks); null when the donor has no labels.</summary>
    public static PixelRectangle? Placement(int recipientWidth, int recipientHeight, IReadOnlyList<LabelBox> recipientBoxes,
        int donorWidth, int donorHeight, IReadOnlyList<LabelBox> donorBoxes, int margin = LabelCover.DefaultMargin)
    {
        if (Region(donorWidth, donorHeight, donorBoxes, margin) is not PixelRectangle source) return null;
        double scale = (double)Math.Max(recipientWidth, recipientHeight) / Math.Max(donorWidth, donorHeight);
        scale = Math.Min(scale, Math.Min((double)recipientWidth / source.Width, (double)recipientHeight / source.Height));
        int width = Math.Clamp((int)Math.Round(source.Width * scale), 1, recipientWidth);
        int height = Math.Clamp((int)Math.Round(source.Height * scale), 1, recipientHeight);
        (double centreX, double centreY) = Region(recipientWidth, recipientHeight, recipientBoxes, margin) is PixelRectangle own
            ? (own.X + own.Width / 2.0, own.Y + own.Height / 2.0)
            : ((source.X + source.Width / 2.0) / donorWidth * recipientWidth, (source.Y + source.Height / 2.0) / donorHeight * recipientHeight);
        int x = Math.Clamp((int)Math.Round(centreX - width / 2.0), 0, recipientWidth - width);
        int y = Math.Clamp((int)Math.Round(centreY - height / 2.0), 0, recipientHeight - height);
        return new PixelRectangle(x, y, width, height);
    }

    /// <summary>A copy of <paramref name="recipient"/> carrying <paramref name="donor"/>'s labels instead of its own;
    /// neither input changes. Without donor labels the recipient's labels are only removed.</summary>
    public static GrayImage Apply(GrayImage recipient, IReadOnlyList<LabelBox> recipientBoxes, GrayImage donor, IReadOnlyList<LabelBox> donorBoxes,
        int margin = LabelCover.DefaultMargin)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        ArgumentNullException.ThrowIfNull(donor);
        GrayImage result = LabelCover.Apply(recipient, recipientBoxes, margin, CoverFill.Blur);
        if (Placement(recipient.Width, recipient.Height, recipientBoxes, donor.Width, donor.Height, donorBoxes, margin) is not PixelRectangle target
            || Region(donor.Width, donor.Height, donorBoxes, margin) is not PixelRectangle source)
            return result;
        GrayImage patch = Crop(donor, source);
        GrayImage scaled = patch.Width == target.Width && patch.Height == target.Height
            ? patch
            : AspectResize.Apply(patch, target.Width, target.Height, ResizeMode.Crop).Image;
        for (int row = 0; row < target.Height; row++)
            Array.Copy(scaled.Pixels, row * target.Width, result.Pixels, (target.Y + row) * result.Width + target.X, target.Width);
        return result;
    }

    private static GrayImage Crop(GrayImage image, PixelRectangle rectangle)
    {
        var patch = new GrayImage(rectangle.Width, rectangle.Height);
        for (int row = 0; row < rectangle.Height; row++)
            Array.Copy(image.Pixels, (rectangle.Y + row) * image.Width + rectangle.X, patch.Pixels, row * rectangle.Width, rectangle.Width);
        return patch;
    }
}
