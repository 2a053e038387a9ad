using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Realism;

/// <summary>
/// Something drawn that is not a label but can look like one (mimics.csv): ground truth never boxes it, and a
/// detector's box on it is a false positive — on hardware worse than a miss, since plates and screws are findings.
/// </summary>
/// <param name="Kind">One of <see cref="MimicKinds"/>.</param>
/// <param name="Bounds">Its pixel box, clipped to the image.</param>
public sealed record MimicElement(string Kind, PixelBounds Bounds);
