using RadAudit.Core;
using RadAudit.Synthetic.Drawing;
using RadAudit.Synthetic.Markers;

namespace RadAudit.Synthetic.Realism;

/// <summary>
/// Lays out a realistic marker in its local frame: the L/R letter (with a ring around or a circle beside it),
/// initials below or beside it (one or two lines, separate letters or merged into a blob), and sometimes a word
/// ("PA", "LAT") or a number set apart from them. Elements of the same kind are kept at least a letter height apart,
/// so each is one box.
/// </summary>
internal static class RealisticMarkerLayout
{
    private static readonly string[] Words = ["PA", "AP", "LAT", "OBL", "AXIAL", "ERECT", "PRONE"];

    /// <summary>Lays out the marker of <paramref name="style"/> for side <paramref name="laterality"/>.</summary>
    public static MarkerDesign Build(TechnologistStyle style, char laterality, MarkerRealism realism, DeterministicRandom random)
    {
        float halfWidth = StrokeFont.StrokeWidth / 2 * style.StrokeScale;
        float letterWidth = StrokeFont.Width(laterality);
        var letter = MarkerStrokes.Word(laterality.ToString(), new PointF2(0, 0), 1f);
        bool ring = style.HasRing || random.Chance(realism.RingChance);
        bool circleBeside = !ring && random.Chance(realism.CircleBesideChance);
        if (ring) letter.AddRange(MarkerStrokes.Ring(new PointF2(letterWidth / 2, 0.5f), 0.95f));
        if (circleBeside) letter.AddRange(MarkerStrokes.Ring(new PointF2(letterWidth + 0.8f, 0.5f), 0.42f));
        float right = circleBeside ? letterWidth + 1.3f : ring ? letterWidth / 2 + 1.05f : letterWidth;
        var pieces = new List<MarkerPiece> { new(LabelKinds.Laterality, letter, halfWidth, 0f) };
        pieces.Add(Initials(style, realism, random, halfWidth, letterWidth, right, ring));
        AddText(pieces, realism, random, halfWidth);
        return MarkerDesign.Of(pieces);
    }

    private static MarkerPiece Initials(TechnologistStyle style, MarkerRealism realism, DeterministicRandom random, float halfWidth,
        float letterWidth, float right, bool ring)
    {
        float scale = style.InitialsScale * (float)random.Range(0.9, 1.15);
        bool merged = random.Chance(realism.MergedInitialsChance);
        float tighten = merged ? 0.1f : 0f;
        float strokeHalfWidth = halfWidth * style.InitialsScale * 1.2f * (merged ? 1.5f : 1f);
        string second = random.Chance(realism.TwoLineInitialsChance) ? RandomText(random, digits: random.Chance(0.4)) : "";
        float wordWidth = (StrokeFont.WordWidth(style.Initials) - tighten * (style.Initials.Length - 1)) * scale;
        PointF2 origin = style.InitialsBelow
            ? new PointF2(letterWidth / 2 - wordWidth / 2, ring ? 1.9f : 1.45f)
            : new PointF2(right + 0.5f, 1f - scale * (second.Length > 0 ? 2.35f : 1f));
        var segments = MarkerStrokes.Word(style.Initials, origin, scale, tighten);
        if (second.Length > 0) segments.AddRange(MarkerStrokes.Word(second, origin + new PointF2(0, scale * 1.35f), scale, tighten));
        return new MarkerPiece(LabelKinds.Initials, segments, strokeHalfWidth, (float)random.Range(-0.04, 0.02));
    }

    /// <summary>A word and/or a number, each beside or below everything drawn so far with a gap of a letter height.</summary>
    private static void AddText(List<MarkerPiece> pieces, MarkerRealism realism, DeterministicRandom random, float halfWidth)
    {
        bool word = random.Chance(realism.WordChance), digits = random.Chance(realism.DigitsChance);
        bool belowFirst = random.Chance(0.5);
        foreach (var (wanted, isDigits) in new[] { (word, false), (digits, true) })
        {
            if (!wanted) continue;
            MarkerDesign sofar = MarkerDesign.Of(pieces);
            float scale = (float)random.Range(0.45, 0.8);
            string text = isDigits ? RandomText(random, digits: true) : Words[random.Index(Words.Length)];
            PointF2 origin = belowFirst
                ? new PointF2(sofar.Minimum.X, sofar.Maximum.Y + 1.0f)
                : new PointF2(sofar.Maximum.X + 1.0f, sofar.Minimum.Y);
            belowFirst = !belowFirst;
            pieces.Add(new MarkerPiece(LabelKinds.Text, MarkerStrokes.Word(text, origin, scale), halfWidth * scale * 1.2f, (float)random.Range(-0.05, 0.02)));
        }
    }

    private static string RandomText(DeterministicRandom random, bool digits)
    {
        int length = digits ? 1 + random.Index(4) : 2 + random.Index(2);
        var characters = new char[length];
        for (int i = 0; i < length; i++) characters[i] = digits ? (char)('0' + random.Index(10)) : (char)('A' + random.Index(26));
        return new string(characters);
    }
}
