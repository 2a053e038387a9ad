using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Markers;

/// <summary>One drawn text element of a marker and the tight pixel box of what was drawn (clipped to the image).</summary>
/// <param name="Kind">RadAudit.Core.LabelKinds.Laterality or Initials.</param>
/// <param name="Bounds">Pixels whose stroke coverage is at least <see cref="StrokeRasterizer.DrawnCoverage"/>.</param>
public sealed record MarkerElement(string Kind, PixelBounds Bounds);
