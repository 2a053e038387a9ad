using RadAudit.Imaging;
using RadAudit.Imaging.Geometry;

namespace RadAudit.Learning.Saliency;

/// <summary>Maps a heatmap from the model input back onto the original image, undoing the loader's resize and padding.</summary>
/// <remarks>
/// Each source pixel centre (x + ½, y + ½) is sent through <see cref="ResizeGeometry.SourceToTarget"/> into
/// input coordinates and the input-resolution map is sampled there bilinearly (input pixel centres at + ½, edges
/// clamped). This is the exact inverse of the loader's placement, whatever scale, padding or cropping it used:
/// padding is simply never sampled, and a crop's lost border takes the nearest kept value.
/// </remarks>
public static class HeatmapProjection
{
    /// <summary>Returns a map of the source image's size holding <paramref name="inputMap"/>'s values.</summary>
    public static GrayImage ToSource(GrayImage inputMap, ResizeGeometry geometry)
    {
        ArgumentNullException.ThrowIfNull(inputMap);
        ArgumentNullException.ThrowIfNull(geometry);
        if (inputMap.Width != geometry.TargetWidth || inputMap.Height != geometry.TargetHeight)
            throw new ArgumentException(
                $"The map is {inputMap.Width}×{inputMap.Height} but the geometry's target is {geometry.TargetWidth}×{geometry.TargetHeight}.",
                nameof(inputMap));
        var source = new GrayImage(geometry.SourceWidth, geometry.SourceHeight);
        for (int y = 0; y < source.Height; y++)
        {
            for (int x = 0; x < source.Width; x++)
            {
                (float targetX, float targetY) = geometry.SourceToTarget(x + 0.5f, y + 0.5f);
                source[x, y] = SampleBilinear(inputMap, targetX - 0.5f, targetY - 0.5f);
            }
        }
        return source;
    }

    /// <summary>Bilinear sample at continuous pixel-index coordinates, clamped to the image.</summary>
    private static float SampleBilinear(GrayImage image, float x, float y)
    {
        x = Math.Clamp(x, 0f, image.Width - 1);
        y = Math.Clamp(y, 0f, image.Height - 1);
        int left = (int)x, top = (int)y;
        int right = Math.Min(left + 1, image.Width - 1), bottom = Math.Min(top + 1, image.Height - 1);
        float fx = x - left, fy = y - top;
        float upper = image[left, top] + (image[right, top] - image[left, top]) * fx;
        float lower = image[left, bottom] + (image[right, bottom] - image[left, bottom]) * fx;
        return upper + (lower - upper) * fy;
    }
}
