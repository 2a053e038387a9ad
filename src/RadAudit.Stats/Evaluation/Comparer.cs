using RadAudit.Core;
using RadAudit.Stats.Bootstrap;
using RadAudit.Stats.Roc;

namespace RadAudit.Stats.Evaluation;

/// <summary>
/// Compares two classifiers on the same images: each one's metrics, and the paired DeLong test (plus the paired
/// bootstrap interval) of the AUC difference A − B. The entry point behind `radaudit compare` and the audit.
/// </summary>
public static class Comparer
{
    /// <summary>Compares <paramref name="a"/> with <paramref name="b"/> (image predictions, matched by path).</summary>
    /// <remarks>At study level both lists are aggregated first and matched by study id.</remarks>
    /// <exception cref="RadAuditException">The lists differ in paths or labels, hold a NaN score, or have no labelled row.</exception>
    public static PairedComparison Compare(IReadOnlyList<PredictionRecord> a, IReadOnlyList<PredictionRecord> b,
        EvaluationOptions? options = null, string sourceA = "A", string sourceB = "B", IProgress<ProgressReport>? progress = null)
    {
        options ??= new EvaluationOptions();
        // Pair at image level first so a mismatch is reported by image path, the unit the user can look up.
        PredictionPairing.Pair(a, b, sourceA, sourceB);
        var (paired, skipped) = PredictionPairing.Pair(
            Evaluator.AtLevel(a, options, sourceA), Evaluator.AtLevel(b, options, sourceB), sourceA, sourceB);
        if (paired.A.Count == 0)
            throw new RadAuditException($"{sourceA}, {sourceB}: no row has a label (0 or 1); compare needs labelled predictions.");
        AucDifference test = DeLong.Compare(paired, options.ConfidenceLevel);
        BootstrapInterval? bootstrap = options.BootstrapReplicates > 0
            ? StratifiedBootstrap.DifferenceInterval(paired, options.BootstrapReplicates, options.Seed, options.ConfidenceLevel, progress)
            : null;
        return new PairedComparison(options, skipped,
            MetricSummary.Compute(paired.A, options), MetricSummary.Compute(paired.B, options),
            new DifferenceSummary(test, bootstrap));
    }
}
