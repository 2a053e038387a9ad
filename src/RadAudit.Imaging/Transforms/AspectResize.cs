using RadAudit.Imaging.Geometry;

namespace RadAudit.Imaging.Transforms;

/// <summary>
/// Resizes with the aspect ratio preserved, by padding (letterbox) or cropping, centred. Anatomy is never
/// stretched, so a marker keeps its shape and the returned <see cref="ResizeGeometry"/> maps every target pixel
/// back to the source exactly.
/// </summary>
/// <remarks>
/// Resampling is separable with a triangle (bilinear) kernel widened by the reduction factor when shrinking, so
/// a 512 → 224 reduction averages every source pixel instead of skipping most of them (no aliasing of the thin
/// strokes of L/R letters). Padding is 0 (black), the value of film background.
/// </remarks>
public static class AspectResize
{
    /// <summary>Resizes <paramref name="source"/> into <paramref name="targetWidth"/> × <paramref name="targetHeight"/>.</summary>
    public static ResizedImage Apply(GrayImage source, int targetWidth, int targetHeight, ResizeMode mode = ResizeMode.Pad)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetWidth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetHeight);
        ResizeGeometry geometry = GeometryFor(source.Width, source.Height, targetWidth, targetHeight, mode);
        return new ResizedImage(Resample(source, geometry), geometry);
    }

    /// <summary>The placement <see cref="Apply"/> uses, without resampling.</summary>
    public static ResizeGeometry GeometryFor(int sourceWidth, int sourceHeight, int targetWidth, int targetHeight, ResizeMode mode)
    {
        if (mode == ResizeMode.Pad) return ResizeGeometry.Letterbox(sourceWidth, sourceHeight, targetWidth, targetHeight);
        float scale = Math.Max((float)targetWidth / sourceWidth, (float)targetHeight / sourceHeight);
        return new ResizeGeometry(sourceWidth, sourceHeight, targetWidth, targetHeight, scale,
            (targetWidth - sourceWidth * scale) / 2f, (targetHeight - sourceHeight * scale) / 2f);
    }

    /// <summary>Resamples <paramref name="source"/> as <paramref name="geometry"/> places it.</summary>
    public static GrayImage Resample(GrayImage source, ResizeGeometry geometry)
    {
        var columns = ResampleKernel.Build(source.Width, geometry.TargetWidth, geometry.Scale, geometry.OffsetX);
        var rows = ResampleKernel.Build(source.Height, geometry.TargetHeight, geometry.Scale, geometry.OffsetY);
        // Vertical pass first, as weighted sums of whole source rows (contiguous, vectorised), so the scalar
        // horizontal pass only runs over the already-shrunk target rows.
        float[] vertical = new float[geometry.TargetHeight * source.Width];
        rows.ApplyToRows(source.Pixels, source.Width, vertical);
        var target = new GrayImage(geometry.TargetWidth, geometry.TargetHeight);
        for (int y = 0; y < geometry.TargetHeight; y++)
            columns.Apply(vertical.AsSpan(y * source.Width, source.Width), target.Pixels.AsSpan(y * geometry.TargetWidth, geometry.TargetWidth));
        return target;
    }
}
