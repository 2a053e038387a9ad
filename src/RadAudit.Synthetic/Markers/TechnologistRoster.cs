using RadAudit.Synthetic.Drawing;

namespace RadAudit.Synthetic.Markers;

/// <summary>
/// The simulated technologists shared by both splits (a shortcut learnt on train carries over to valid). Half
/// lean abnormal, half lean normal; styles are drawn from the data-set seed so they differ between seeds but
/// not between runs.
/// </summary>
public static class TechnologistRoster
{
    /// <summary>Technologists per data set (even: half in each group).</summary>
    public const int Count = 8;

    /// <summary>Builds the roster for <paramref name="seed"/>.</summary>
    public static IReadOnlyList<TechnologistStyle> Create(long seed)
    {
        var random = new DeterministicRandom(seed, stream: -1);
        var used = new HashSet<string>(StringComparer.Ordinal);
        // Letter heights are spread over the roster (then shuffled) so every technologist's marker size is distinct,
        // as real sites use different marker sets.
        var heights = Enumerable.Range(0, Count).Select(i => 0.045f + 0.0055f * i).ToArray();
        Shuffle(heights, random);
        var styles = new List<TechnologistStyle>(Count);
        for (int index = 0; index < Count; index++)
        {
            string initials;
            do initials = RandomInitials(random);
            while (!used.Add(initials));
            bool rotated = random.Chance(0.2);
            styles.Add(new TechnologistStyle(
                index, initials, LeansAbnormal: index % 2 == 1, heights[index],
                PlateBrightness: random.Chance(0.85) ? (float)random.Range(0.04, 0.11) : 0f,
                Corner: random.Index(4),
                RotationDegrees: rotated ? (random.Chance(0.5) ? 90f : -90f) : (float)random.Range(-12, 12),
                HasRing: random.Chance(0.35),
                InitialsBelow: random.Chance(0.75),
                InitialsScale: (float)random.Range(0.42, 0.55),
                StrokeScale: (float)random.Range(0.9, 1.15)));
        }
        return styles;
    }

    private static string RandomInitials(DeterministicRandom random)
    {
        int length = random.Chance(0.6) ? 2 : 3;
        var letters = new char[length];
        for (int i = 0; i < length; i++) letters[i] = (char)('A' + random.Index(26));
        return new string(letters);
    }

    private static void Shuffle(float[] values, DeterministicRandom random)
    {
        for (int i = values.Length - 1; i > 0; i--)
        {
            int j = random.Index(i + 1);
            (values[i], values[j]) = (values[j], values[i]);
        }
    }
}
