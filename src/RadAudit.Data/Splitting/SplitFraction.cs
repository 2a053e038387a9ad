namespace RadAudit.Data.Splitting;

/// <summary>One split and its share of the images, e.g. ("train", 0.8).</summary>
/// <param name="Name">Split name.</param>
/// <param name="Fraction">Target share in (0, 1]; the shares of one split request are normalised to sum to 1.</param>
public sealed record SplitFraction(string Name, double Fraction)
{
    /// <summary>
    /// Parses "train=0.8,valid=0.2" (the <c>--split-fractions</c> syntax); throws an <see cref="ArgumentException"/>
    /// naming the bad part.
    /// </summary>
    public static IReadOnlyList<SplitFraction> ParseList(string text)
    {
        var fractions = new List<SplitFraction>();
        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string[] pieces = part.Split('=', StringSplitOptions.TrimEntries);
            if (pieces.Length != 2 || pieces[0].Length == 0
                || !double.TryParse(pieces[1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double value)
                || !(value > 0 && value <= 1))
                throw new ArgumentException($"'{part}' is not name=fraction with a fraction in (0, 1], e.g. train=0.8,valid=0.2.");
            fractions.Add(new SplitFraction(pieces[0].ToLowerInvariant(), value));
        }
        if (fractions.Count == 0) throw new ArgumentException("no split given; write e.g. train=0.8,valid=0.2.");
        if (fractions.Select(fraction => fraction.Name).Distinct().Count() != fractions.Count)
            throw new ArgumentException($"a split is named twice in '{text}'.");
        return fractions;
    }
}
