namespace RadAudit.Stats;

/// <summary>
/// Scores of one classifier split by the true class: <see cref="Cases"/> (label 1, abnormal) and
/// <see cref="Controls"/> (label 0, normal). The input of every AUC statistic in this library.
/// </summary>
/// <remarks>
/// A higher score means "more likely abnormal" (pROC's <c>direction = "&lt;"</c>: controls &lt; cases); the
/// direction is never guessed from the data, so an inverted classifier gets an AUC below 0.5.
/// Scores must be finite; NaN and infinities are rejected here so no statistic sees them.
/// </remarks>
public sealed class BinaryScores
{
    /// <summary>Creates the split from scores of positive and negative cases.</summary>
    /// <exception cref="ArgumentException">A score is NaN or infinite.</exception>
    public BinaryScores(IReadOnlyList<double> cases, IReadOnlyList<double> controls)
        : this(Checked(cases, nameof(cases)), Checked(controls, nameof(controls)))
    {
    }

    // Takes ownership of arrays already checked to be finite.
    private BinaryScores(double[] cases, double[] controls)
    {
        Cases = cases;
        Controls = controls;
    }

    /// <summary>Scores of the positive (abnormal) cases, in input order.</summary>
    public double[] Cases { get; }

    /// <summary>Scores of the negative (normal) controls, in input order.</summary>
    public double[] Controls { get; }

    /// <summary>Total number of scored items.</summary>
    public int Count => Cases.Length + Controls.Length;

    /// <summary>True when both classes are present, i.e. when an AUC is defined.</summary>
    public bool HasBothClasses => Cases.Length > 0 && Controls.Length > 0;

    /// <summary>Why the AUC is undefined (one class only), or null when it is defined.</summary>
    public string? UndefinedReason => HasBothClasses
        ? null
        : $"AUC undefined: only one class present ({Cases.Length} positive, {Controls.Length} negative)";

    /// <summary>Splits parallel arrays of scores and labels (true = positive).</summary>
    /// <exception cref="ArgumentException">The arrays differ in length or a score is not finite.</exception>
    public static BinaryScores FromLabels(IReadOnlyList<double> scores, IReadOnlyList<bool> positive)
    {
        if (scores.Count != positive.Count)
            throw new ArgumentException($"{scores.Count} scores but {positive.Count} labels.", nameof(positive));
        int caseCount = 0;
        for (int i = 0; i < positive.Count; i++)
            if (positive[i]) caseCount++;
        var cases = new double[caseCount];
        var controls = new double[scores.Count - caseCount];
        int caseAt = 0, controlAt = 0;
        for (int i = 0; i < scores.Count; i++)
        {
            if (!double.IsFinite(scores[i]))
                throw new ArgumentException($"Score {i} is {scores[i]}; scores must be finite numbers.", nameof(scores));
            if (positive[i]) cases[caseAt++] = scores[i];
            else controls[controlAt++] = scores[i];
        }
        return new BinaryScores(cases, controls);
    }

    private static double[] Checked(IReadOnlyList<double> scores, string name)
    {
        var copy = new double[scores.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            if (!double.IsFinite(scores[i]))
                throw new ArgumentException($"Score {i} of {name} is {scores[i]}; scores must be finite numbers.", name);
            copy[i] = scores[i];
        }
        return copy;
    }
}
