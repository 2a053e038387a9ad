using RadAudit.Imaging.Geometry;

namespace RadAudit.Imaging.Transforms;

/// <summary>A resized image and how it was placed (to map saliency back to the original).</summary>
/// <param name="Image">The model-input-sized image.</param>
/// <param name="Geometry">Scale and offset from source to target pixels.</param>
public sealed record ResizedImage(GrayImage Image, ResizeGeometry Geometry);
