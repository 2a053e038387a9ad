using RadAudit.Imaging;
using RadAudit.Synthetic.Markers;
using RadAudit.Synthetic.Realism;

namespace RadAudit.Synthetic.Rendering;

/// <summary>A drawn image and the boxes of its burned-in text elements.</summary>
/// <param name="Image">Pixels in [0, 1].</param>
/// <param name="Markers">The laterality and initials elements actually drawn (an element wholly off the image is absent).</param>
public sealed record RenderedRadiograph(GrayImage Image, IReadOnlyList<MarkerElement> Markers)
{
    /// <summary>Label look-alikes drawn into the image (realistic markers only; empty otherwise).</summary>
    public IReadOnlyList<MimicElement> Mimics { get; init; } = [];
}
