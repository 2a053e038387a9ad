using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Anatomy;

/// <summary>A lucent bone lesion: a round area of lost density with a thin sclerotic rim.</summary>
/// <param name="Centre">Centre (pixels).</param>
/// <param name="Radius">Radius (pixels).</param>
/// <param name="Depth">Fraction of density removed at the centre (0..1).</param>
/// <param name="Rim">Relative density added on the rim (sclerosis).</param>
public sealed record Lesion(PointF2 Centre, float Radius, float Depth, float Rim);
