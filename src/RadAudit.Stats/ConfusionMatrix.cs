namespace RadAudit.Stats;

/// <summary>
/// Counts of a binary decision `score ≥ threshold` against the truth, and the rates derived from them. A rate
/// whose denominator is 0 is NaN (e.g. PPV when nothing is called positive).
/// </summary>
/// <param name="TruePositives">Cases called positive.</param>
/// <param name="FalsePositives">Controls called positive.</param>
/// <param name="TrueNegatives">Controls called negative.</param>
/// <param name="FalseNegatives">Cases called negative.</param>
public sealed record ConfusionMatrix(long TruePositives, long FalsePositives, long TrueNegatives, long FalseNegatives)
{
    /// <summary>Total count N.</summary>
    public long Total => TruePositives + FalsePositives + TrueNegatives + FalseNegatives;

    /// <summary>Sensitivity (recall, TPR) = TP / (TP + FN).</summary>
    public double Sensitivity => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>Specificity (TNR) = TN / (TN + FP).</summary>
    public double Specificity => Ratio(TrueNegatives, TrueNegatives + FalsePositives);

    /// <summary>Positive predictive value (precision) = TP / (TP + FP).</summary>
    public double PositivePredictiveValue => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>Negative predictive value = TN / (TN + FN).</summary>
    public double NegativePredictiveValue => Ratio(TrueNegatives, TrueNegatives + FalseNegatives);

    /// <summary>Accuracy = (TP + TN) / N.</summary>
    public double Accuracy => Ratio(TruePositives + TrueNegatives, Total);

    /// <summary>Cohen's kappa between the decision and the truth: κ = (pₒ − pₑ)/(1 − pₑ).</summary>
    /// <remarks>
    /// pₒ = accuracy; pₑ = [(TP+FP)(TP+FN) + (TN+FN)(TN+FP)]/N², the agreement expected by chance from the
    /// marginals. Cohen (1960), Educ Psychol Meas 20:37; equals scikit-learn's <c>cohen_kappa_score</c>. NaN when
    /// pₑ = 1 (both raters constant and equal), as scikit-learn.
    /// </remarks>
    public double Kappa
    {
        get
        {
            double total = Total;
            double observed = (TruePositives + TrueNegatives) / total;
            double expected = ((double)(TruePositives + FalsePositives) * (TruePositives + FalseNegatives)
                + (double)(TrueNegatives + FalseNegatives) * (TrueNegatives + FalsePositives)) / (total * total);
            return (observed - expected) / (1 - expected);
        }
    }

    /// <summary>Counts the decision `score ≥ <paramref name="threshold"/>` on <paramref name="scores"/>.</summary>
    public static ConfusionMatrix At(BinaryScores scores, double threshold)
    {
        long truePositives = scores.Cases.Count(score => score >= threshold);
        long falsePositives = scores.Controls.Count(score => score >= threshold);
        return new ConfusionMatrix(truePositives, falsePositives,
            scores.Controls.Length - falsePositives, scores.Cases.Length - truePositives);
    }

    private static double Ratio(long numerator, long denominator) => denominator == 0 ? double.NaN : numerator / (double)denominator;
}
