namespace RadAudit.Synthetic.Markers;

/// <summary>
/// How one simulated technologist (at one site) marks images: their initials and their lead marker's look and
/// placement. Every study is marked by one technologist, and technologists differ in abnormal prevalence (see
/// <see cref="ConfoundingModel"/>), which is what turns markers into a shortcut.
/// </summary>
/// <param name="Index">Position in the roster (0-based).</param>
/// <param name="Initials">2–3 capital letters printed under (or beside) the L/R letter.</param>
/// <param name="LeansAbnormal">True for the technologists whose studies are more often abnormal when confounding &gt; 0.</param>
/// <param name="LetterHeight">Height of the L/R letter as a fraction of the image's long side.</param>
/// <param name="PlateBrightness">How much the plastic plate brightens the background (0 = no visible plate).</param>
/// <param name="Corner">Preferred corner: 0 top-left, 1 top-right, 2 bottom-left, 3 bottom-right.</param>
/// <param name="RotationDegrees">Usual rotation of the marker.</param>
/// <param name="HasRing">True when the L/R letter sits inside a small lead circle.</param>
/// <param name="InitialsBelow">True for initials under the letter, false for beside it.</param>
/// <param name="InitialsScale">Initials height relative to the L/R letter.</param>
/// <param name="StrokeScale">Stroke thickness relative to the font's default.</param>
public sealed record TechnologistStyle(
    int Index,
    string Initials,
    bool LeansAbnormal,
    float LetterHeight,
    float PlateBrightness,
    int Corner,
    float RotationDegrees,
    bool HasRing,
    bool InitialsBelow,
    float InitialsScale,
    float StrokeScale);
