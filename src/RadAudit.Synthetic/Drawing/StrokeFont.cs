using System.Globalization;

namespace RadAudit.Synthetic.Drawing;

/// <summary>
/// A bold sans-serif stroke font for A–Z and 0–9, embedded in code so that every machine draws identical glyphs (no system
/// fonts). Each glyph is a set of centre-line polylines in a box of height 1 (y down); drawn as thick round-capped
/// strokes (<see cref="StrokeWidth"/> of the height) they look like the cut-out letters of lead markers.
/// </summary>
/// <remarks>
/// Glyph syntax: <c>M x y</c> starts a polyline, <c>L x y</c> extends it, <c>A cx cy rx ry from to</c> adds an
/// elliptical arc (degrees, 0 = +x, 90 = down) as its own polyline.
/// </remarks>
public static class StrokeFont
{
    /// <summary>Stroke width as a fraction of the letter's centre-line height.</summary>
    public const float StrokeWidth = 0.2f;

    /// <summary>Gap between letters, as a fraction of the height (added to the stroke width).</summary>
    public const float LetterGap = 0.14f;

    private static readonly Dictionary<char, Glyph> Glyphs = Build(new Dictionary<char, string>
    {
        ['A'] = "M 0 1 L 0.31 0 L 0.62 1 M 0.12 0.64 L 0.5 0.64",
        ['B'] = "M 0.3 0 L 0 0 L 0 1 L 0.32 1 A 0.3 0.25 0.24 0.25 -90 90 A 0.32 0.75 0.26 0.25 -90 90 M 0 0.5 L 0.32 0.5",
        ['C'] = "A 0.32 0.5 0.32 0.5 40 320",
        ['D'] = "M 0.2 0 L 0 0 L 0 1 L 0.2 1 A 0.2 0.5 0.38 0.5 -90 90",
        ['E'] = "M 0.52 0 L 0 0 L 0 1 L 0.52 1 M 0 0.5 L 0.42 0.5",
        ['F'] = "M 0.52 0 L 0 0 L 0 1 M 0 0.5 L 0.42 0.5",
        ['G'] = "A 0.32 0.5 0.32 0.5 20 320 M 0.36 0.56 L 0.64 0.56 L 0.64 0.68",
        ['H'] = "M 0 0 L 0 1 M 0.58 0 L 0.58 1 M 0 0.5 L 0.58 0.5",
        ['I'] = "M 0 0 L 0 1",
        ['J'] = "M 0.46 0 L 0.46 0.7 A 0.23 0.7 0.23 0.3 0 180",
        ['K'] = "M 0 0 L 0 1 M 0.56 0 L 0 0.62 M 0.2 0.42 L 0.6 1",
        ['L'] = "M 0 0 L 0 1 L 0.5 1",
        ['M'] = "M 0 1 L 0 0 L 0.36 0.66 L 0.72 0 L 0.72 1",
        ['N'] = "M 0 1 L 0 0 L 0.58 1 L 0.58 0",
        ['O'] = "A 0.34 0.5 0.34 0.5 0 360",
        ['P'] = "M 0 1 L 0 0 L 0.3 0 A 0.3 0.27 0.26 0.27 -90 90 M 0.3 0.54 L 0 0.54",
        ['Q'] = "A 0.34 0.5 0.34 0.5 0 360 M 0.4 0.68 L 0.7 1.02",
        ['R'] = "M 0 1 L 0 0 L 0.3 0 A 0.3 0.27 0.26 0.27 -90 90 M 0.3 0.54 L 0 0.54 M 0.26 0.54 L 0.58 1",
        ['S'] = "A 0.29 0.25 0.27 0.25 90 330 A 0.29 0.75 0.29 0.25 -90 150",
        ['T'] = "M 0 0 L 0.62 0 M 0.31 0 L 0.31 1",
        ['U'] = "M 0 0 L 0 0.68 A 0.29 0.68 0.29 0.32 0 180 M 0.58 0 L 0.58 0.68",
        ['V'] = "M 0 0 L 0.31 1 L 0.62 0",
        ['W'] = "M 0 0 L 0.2 1 L 0.41 0.32 L 0.62 1 L 0.82 0",
        ['X'] = "M 0 0 L 0.58 1 M 0.58 0 L 0 1",
        ['Y'] = "M 0 0 L 0.31 0.5 L 0.62 0 M 0.31 0.5 L 0.31 1",
        ['Z'] = "M 0 0 L 0.58 0 L 0 1 L 0.58 1",
        // Digits, for the numbers some sites burn in beside the marker (realistic markers only; issue #17).
        ['0'] = "A 0.29 0.5 0.29 0.5 0 360",
        ['1'] = "M 0.02 0.22 L 0.26 0 L 0.26 1",
        ['2'] = "A 0.29 0.28 0.27 0.26 -165 30 M 0.52 0.41 L 0 1 L 0.58 1",
        ['3'] = "A 0.27 0.26 0.25 0.24 -160 90 A 0.27 0.74 0.29 0.26 -90 160",
        ['4'] = "M 0.44 1 L 0.44 0 L 0 0.7 L 0.62 0.7",
        ['5'] = "M 0.54 0 L 0.08 0 L 0.04 0.44 A 0.28 0.68 0.3 0.32 -125 150",
        ['6'] = "A 0.3 0.68 0.28 0.32 0 360 M 0.03 0.62 L 0.44 0",
        ['7'] = "M 0 0 L 0.58 0 L 0.18 1",
        ['8'] = "A 0.29 0.25 0.23 0.25 0 360 A 0.29 0.74 0.29 0.26 0 360",
        ['9'] = "A 0.29 0.32 0.28 0.32 0 360 M 0.57 0.38 L 0.16 1",
    });

    /// <summary>The letters and digits the font can draw.</summary>
    public static IEnumerable<char> Letters => Glyphs.Keys.Order();

    /// <summary>Centre-line polylines of <paramref name="letter"/> (height 1, y down).</summary>
    public static IReadOnlyList<PointF2[]> Strokes(char letter) => Find(letter).Strokes;

    /// <summary>Centre-line width of <paramref name="letter"/> (height units).</summary>
    public static float Width(char letter) => Find(letter).Width;

    /// <summary>Horizontal distance from one letter's left centre-line edge to the next one's.</summary>
    public static float Advance(char letter) => Find(letter).Width + StrokeWidth + LetterGap;

    /// <summary>Centre-line width of a whole word (height units).</summary>
    public static float WordWidth(string text)
    {
        float width = 0;
        for (int i = 0; i < text.Length; i++)
            width += i == text.Length - 1 ? Width(text[i]) : Advance(text[i]);
        return width;
    }

    private static Glyph Find(char letter) => Glyphs.TryGetValue(char.ToUpperInvariant(letter), out Glyph? glyph)
        ? glyph
        : throw new ArgumentException($"The embedded marker font has no glyph for '{letter}' (A–Z and 0–9 only).", nameof(letter));

    private static Dictionary<char, Glyph> Build(Dictionary<char, string> definitions) =>
        definitions.ToDictionary(pair => pair.Key, pair => Parse(pair.Value));

    private static Glyph Parse(string definition)
    {
        string[] tokens = definition.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var strokes = new List<PointF2[]>();
        var current = new List<PointF2>();
        for (int i = 0; i < tokens.Length;)
        {
            string command = tokens[i++];
            float Next() => float.Parse(tokens[i++], CultureInfo.InvariantCulture);
            if (command == "A")
            {
                Flush(strokes, current);
                strokes.Add(Arc(Next(), Next(), Next(), Next(), Next(), Next()));
                continue;
            }
            if (command == "M") Flush(strokes, current);
            current.Add(new PointF2(Next(), Next()));
        }
        Flush(strokes, current);
        float width = strokes.SelectMany(s => s).Max(p => p.X);
        return new Glyph(strokes, width);
    }

    private static void Flush(List<PointF2[]> strokes, List<PointF2> current)
    {
        if (current.Count > 0) strokes.Add([.. current]);
        current.Clear();
    }

    private static PointF2[] Arc(float centreX, float centreY, float radiusX, float radiusY, float fromDegrees, float toDegrees)
    {
        // 10° steps keep the polygonal chords invisible under a stroke 0.2 high.
        int steps = Math.Max(2, (int)MathF.Ceiling(MathF.Abs(toDegrees - fromDegrees) / 10f));
        var points = new PointF2[steps + 1];
        for (int k = 0; k <= steps; k++)
        {
            float angle = (fromDegrees + (toDegrees - fromDegrees) * k / steps) * MathF.PI / 180f;
            points[k] = new PointF2(centreX + radiusX * MathF.Cos(angle), centreY + radiusY * MathF.Sin(angle));
        }
        return points;
    }

    private sealed record Glyph(IReadOnlyList<PointF2[]> Strokes, float Width);
}
