namespace RadAudit.Stats;

/// <summary>
/// Two classifiers' scores on the same items: case i of <see cref="A"/> and case i of <see cref="B"/> are the same
/// image (likewise controls), which is what makes the two AUCs correlated and the paired test valid.
/// </summary>
public sealed class PairedBinaryScores
{
    /// <summary>Pairs two splits of the same items.</summary>
    /// <exception cref="ArgumentException">The class counts differ, so the items cannot be the same.</exception>
    public PairedBinaryScores(BinaryScores a, BinaryScores b)
    {
        if (a.Cases.Length != b.Cases.Length || a.Controls.Length != b.Controls.Length)
            throw new ArgumentException(
                $"Paired scores need the same items: A has {a.Cases.Length}/{a.Controls.Length} positives/negatives, " +
                $"B has {b.Cases.Length}/{b.Controls.Length}.", nameof(b));
        A = a;
        B = b;
    }

    /// <summary>Scores of classifier A.</summary>
    public BinaryScores A { get; }

    /// <summary>Scores of classifier B, item-aligned with <see cref="A"/>.</summary>
    public BinaryScores B { get; }

    /// <summary>Splits parallel arrays of two score vectors and shared labels (true = positive).</summary>
    public static PairedBinaryScores FromLabels(IReadOnlyList<double> scoresA, IReadOnlyList<double> scoresB, IReadOnlyList<bool> positive)
        => new(BinaryScores.FromLabels(scoresA, positive), BinaryScores.FromLabels(scoresB, positive));
}
