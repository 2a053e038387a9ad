using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Anatomy;

/// <summary>
/// A fracture through a bone: a lucent line through <see cref="Point"/> along <see cref="LineDirection"/>; the
/// bone on one side is displaced by <see cref="StepOff"/> (cortical step-off).
/// </summary>
/// <param name="Point">A point on the fracture line (pixels).</param>
/// <param name="LineDirection">Unit vector along the fracture line.</param>
/// <param name="StepOff">Displacement of the far fragment (pixels).</param>
/// <param name="GapDepth">Fraction of bone density removed on the line (0..1).</param>
/// <param name="GapWidth">Gaussian half-width of the lucent line (pixels).</param>
public sealed record Fracture(PointF2 Point, PointF2 LineDirection, PointF2 StepOff, float GapDepth, float GapWidth);
