namespace RadAudit.Imaging.Markers;

/// <summary>A bright component that looks like part of a printed character.</summary>
/// <param name="Component">The pixels.</param>
/// <param name="Background">Median brightness of the ring around it.</param>
/// <param name="Contrast">Component mean minus <paramref name="Background"/>.</param>
/// <param name="ShapeScore">How glyph-like its shape is, in [0, 1].</param>
/// <param name="BarLike">A nearly solid bar (an I, a 1, or a screw): trusted only next to other glyphs.</param>
public readonly record struct GlyphCandidate(BrightComponent Component, float Background, float Contrast, float ShapeScore, bool BarLike);
