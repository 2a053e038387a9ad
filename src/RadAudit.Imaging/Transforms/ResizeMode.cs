namespace RadAudit.Imaging.Transforms;

/// <summary>How <see cref="AspectResize"/> fits an image into a target of another aspect ratio.</summary>
public enum ResizeMode
{
    /// <summary>Letterbox: scale to fit inside, centre, fill the rest with black (nothing lost; the default).</summary>
    Pad,

    /// <summary>Scale to cover the target, centre, cut what overhangs (no padding; edges lost, markers may go).</summary>
    Crop,
}
