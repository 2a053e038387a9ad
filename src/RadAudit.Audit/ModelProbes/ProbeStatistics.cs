using RadAudit.Audit.Steps;
using RadAudit.Core;
using RadAudit.Reporting.Results.Probes;
using RadAudit.Stats.Evaluation;

namespace RadAudit.Audit.ModelProbes;

/// <summary>The probes' statistics, all from RadAudit.Stats: AUCs with DeLong CIs at image and study level, and paired
/// DeLong tests with paired bootstrap intervals of AUC differences on the same images.</summary>
public static class ProbeStatistics
{
    /// <summary>The AUC of one input, image and study level.</summary>
    public static ProbeInputResult Auc(IReadOnlyList<PredictionRecord> predictions, string source)
    {
        var image = Evaluator.Evaluate(predictions, new EvaluationOptions { Level = EvaluationLevel.Image, BootstrapReplicates = 0 }, source);
        var study = Evaluator.Evaluate(predictions, new EvaluationOptions { Level = EvaluationLevel.Study, BootstrapReplicates = 0 }, source);
        return new ProbeInputResult(image.Auc, ConditionEvaluation.Interval(image.AucCi95), study.Auc, ConditionEvaluation.Interval(study.AucCi95),
            (int)image.Count, (int)study.Count);
    }

    /// <summary>The labels-only AUC against chance (DeLong z-test of AUC = 0.5).</summary>
    public static LabelsOnlyProbe AgainstChance(IReadOnlyList<PredictionRecord> predictions, string source)
    {
        var image = Evaluator.Evaluate(predictions, new EvaluationOptions { Level = EvaluationLevel.Image, BootstrapReplicates = 0 }, source);
        var study = Evaluator.Evaluate(predictions, new EvaluationOptions { Level = EvaluationLevel.Study, BootstrapReplicates = 0 }, source);
        return new LabelsOnlyProbe(image.Auc, ConditionEvaluation.Interval(image.AucCi95), image.AucPAgainstChance, study.Auc,
            ConditionEvaluation.Interval(study.AucCi95));
    }

    /// <summary>AUC(<paramref name="input"/>) − AUC(<paramref name="baseline"/>), paired, at image and study level.</summary>
    public static ProbeComparison Compare(IReadOnlyList<PredictionRecord> input, IReadOnlyList<PredictionRecord> baseline,
        string inputName, string baselineName, int bootstrap, int seed)
    {
        PairedDifference image = Level(input, baseline, inputName, baselineName, EvaluationLevel.Image, bootstrap, seed);
        PairedDifference study = Level(input, baseline, inputName, baselineName, EvaluationLevel.Study, bootstrap, seed);
        return new ProbeComparison(inputName, baselineName, image.Difference, image.Ci95, image.Z, image.P, image.BootstrapCi95, study);
    }

    private static PairedDifference Level(IReadOnlyList<PredictionRecord> input, IReadOnlyList<PredictionRecord> baseline, string inputName,
        string baselineName, EvaluationLevel level, int bootstrap, int seed)
    {
        var options = new EvaluationOptions { Level = level, BootstrapReplicates = bootstrap, Seed = seed };
        DifferenceSummary difference = Comparer.Compare(input, baseline, options, inputName, baselineName).Difference;
        return new PairedDifference(difference.Auc, ConditionEvaluation.Interval(difference.Ci95), difference.Z, difference.P,
            ConditionEvaluation.Interval(difference.Ci95Bootstrap));
    }
}
