namespace RadAudit.Stats.Calibration;

/// <summary>
/// Platt scaling: p = σ(A·logit(s) + B), fitted by maximum likelihood (Newton's method) to raw scores s and binary
/// outcomes, with Platt's smoothed targets (N₊ + 1)/(N₊ + 2) and 1/(N₋ + 2) so a separable calibration set does not
/// drive A to infinity (Platt 1999; Lin, Lin &amp; Weng 2007).
/// </summary>
/// <param name="Slope">A.</param>
/// <param name="Intercept">B.</param>
public sealed record PlattScaling(double Slope, double Intercept)
{
    /// <summary>Scores are clipped to [Epsilon, 1 − Epsilon] before the logit.</summary>
    public const double Epsilon = 1e-6;

    /// <summary>The identity map (A = 1, B = 0).</summary>
    public static PlattScaling Identity { get; } = new(1, 0);

    /// <summary>The calibrated probability of raw score <paramref name="score"/> in [0, 1].</summary>
    public double Apply(double score) => Sigmoid(Slope * Logit(score) + Intercept);

    /// <summary>Fits A and B to (<paramref name="scores"/>, <paramref name="outcomes"/>); identity when either class is missing.</summary>
    /// <remarks>Newton's method with a backtracking line search on the negative log-likelihood (Lin, Lin &amp; Weng's
    /// algorithm 1): every accepted step lowers the loss, so scores that are nearly all equal (a confident detector's
    /// peaks near 1) cannot throw the fit to infinity.</remarks>
    public static PlattScaling Fit(IReadOnlyList<double> scores, IReadOnlyList<bool> outcomes)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(scores.Count, outcomes.Count);
        int positives = outcomes.Count(outcome => outcome), negatives = outcomes.Count - positives;
        if (positives == 0 || negatives == 0) return Identity;
        double high = (positives + 1.0) / (positives + 2.0), low = 1.0 / (negatives + 2.0);
        double[] z = scores.Select(Logit).ToArray(), t = outcomes.Select(outcome => outcome ? high : low).ToArray();
        // Start at A = 0 with B at the prior's logit (every score mapped to the base rate).
        double a = 0, b = Math.Log((positives + 1.0) / (negatives + 1.0)), loss = Loss(z, t, a, b);
        for (int iteration = 0; iteration < 100; iteration++)
        {
            var (gradientA, gradientB, hessianAa, hessianAb, hessianBb) = Derivatives(z, t, a, b);
            if (Math.Abs(gradientA) < 1e-5 && Math.Abs(gradientB) < 1e-5) break;
            double determinant = hessianAa * hessianBb - hessianAb * hessianAb;
            double stepA = -(hessianBb * gradientA - hessianAb * gradientB) / determinant;
            double stepB = -(hessianAa * gradientB - hessianAb * gradientA) / determinant;
            double descent = gradientA * stepA + gradientB * stepB, size = 1;
            while (size >= 1e-10)
            {
                double candidate = Loss(z, t, a + size * stepA, b + size * stepB);
                if (candidate < loss + 1e-4 * size * descent)
                {
                    (a, b, loss) = (a + size * stepA, b + size * stepB, candidate);
                    break;
                }
                size /= 2;
            }
            if (size < 1e-10) break;
        }
        return new PlattScaling(a, b);
    }

    /// <summary>Gradient and Hessian of the loss in (A, B); 1e-12 on the diagonal keeps the Hessian invertible.</summary>
    private static (double GradientA, double GradientB, double HessianAa, double HessianAb, double HessianBb) Derivatives(double[] z, double[] t, double a, double b)
    {
        double gradientA = 0, gradientB = 0, hessianAa = 1e-12, hessianAb = 0, hessianBb = 1e-12;
        for (int i = 0; i < z.Length; i++)
        {
            double p = Sigmoid(a * z[i] + b), residual = p - t[i], weight = p * (1 - p);
            gradientA += residual * z[i]; gradientB += residual;
            hessianAa += weight * z[i] * z[i]; hessianAb += weight * z[i]; hessianBb += weight;
        }
        return (gradientA, gradientB, hessianAa, hessianAb, hessianBb);
    }

    /// <summary>Cross-entropy of the smoothed targets, −[t log σ(f) + (1 − t) log(1 − σ(f))] with f = A·z + B, written so
    /// that no exponential overflows: (1 − t)f + log(1 + e^(−f)) for f ≥ 0, −t·f + log(1 + e^f) below.</summary>
    private static double Loss(double[] z, double[] t, double a, double b)
    {
        double loss = 0;
        for (int i = 0; i < z.Length; i++)
        {
            double f = a * z[i] + b;
            loss += f >= 0 ? (1 - t[i]) * f + Math.Log(1 + Math.Exp(-f)) : -t[i] * f + Math.Log(1 + Math.Exp(f));
        }
        return loss;
    }

    private static double Logit(double score)
    {
        double clipped = Math.Clamp(score, Epsilon, 1 - Epsilon);
        return Math.Log(clipped / (1 - clipped));
    }

    private static double Sigmoid(double value) => 1 / (1 + Math.Exp(-value));
}
