namespace RadAudit.Imaging.Geometry;

/// <summary>
/// How a source image was placed into a model input: <c>target = source × Scale + Offset</c> (offsets are
/// negative when cropping, positive when padding). Saliency maps are mapped back to the original image with it.
/// </summary>
/// <param name="SourceWidth">Width of the original image.</param>
/// <param name="SourceHeight">Height of the original image.</param>
/// <param name="TargetWidth">Width of the model input.</param>
/// <param name="TargetHeight">Height of the model input.</param>
/// <param name="Scale">Uniform scale factor (aspect ratio preserved).</param>
/// <param name="OffsetX">Horizontal offset of the scaled image inside the target, in target pixels.</param>
/// <param name="OffsetY">Vertical offset of the scaled image inside the target, in target pixels.</param>
public sealed record ResizeGeometry(
    int SourceWidth, int SourceHeight, int TargetWidth, int TargetHeight, float Scale, float OffsetX, float OffsetY)
{
    /// <summary>Maps a target-pixel coordinate to source-pixel coordinates (continuous, pixel centres at +0.5).</summary>
    public (float X, float Y) TargetToSource(float targetX, float targetY) =>
        ((targetX - OffsetX) / Scale, (targetY - OffsetY) / Scale);

    /// <summary>Maps a source-pixel coordinate to target-pixel coordinates.</summary>
    public (float X, float Y) SourceToTarget(float sourceX, float sourceY) =>
        (sourceX * Scale + OffsetX, sourceY * Scale + OffsetY);

    /// <summary>The geometry of letterboxing (fit inside, pad the rest, centred).</summary>
    public static ResizeGeometry Letterbox(int sourceWidth, int sourceHeight, int targetWidth, int targetHeight)
    {
        float scale = Math.Min((float)targetWidth / sourceWidth, (float)targetHeight / sourceHeight);
        return new ResizeGeometry(sourceWidth, sourceHeight, targetWidth, targetHeight, scale,
            (targetWidth - sourceWidth * scale) / 2f, (targetHeight - sourceHeight * scale) / 2f);
    }
}
