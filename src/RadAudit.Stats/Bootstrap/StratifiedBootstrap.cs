using RadAudit.Core;
using RadAudit.Stats.Roc;

namespace RadAudit.Stats.Bootstrap;

/// <summary>
/// Stratified percentile bootstrap for an AUC and for the paired difference of two AUCs: each replicate redraws
/// m cases from the cases and n controls from the controls with replacement (so both classes are always
/// present), as pROC's <c>ci.auc(method = "bootstrap", boot.stratified = TRUE)</c>.
/// </summary>
/// <remarks>
/// The limits are quantiles of the replicate AUCs by R's default (type 7) rule, which pROC uses. The sort is done
/// once; a replicate is a resampling weight per item and one linear pass over the tie groups, so B replicates
/// cost O(B·N). Reproducible: <see cref="Random"/> seeded with the given seed; draws are not R's, so limits
/// agree with pROC only statistically. Efron &amp; Tibshirani (1993), An Introduction to the Bootstrap, ch. 13.
/// </remarks>
public static class StratifiedBootstrap
{
    /// <summary>Percentile interval of the AUC of <paramref name="scores"/>; NaN limits when a class is empty.</summary>
    public static BootstrapInterval AucInterval(BinaryScores scores, int replicates, int seed, double confidence = 0.95,
        IProgress<ProgressReport>? progress = null)
        => Interval([RankedScores.From(scores)], replicates, seed, confidence, progress,
            aucs => aucs[0]);

    /// <summary>Percentile interval of θA − θB, resampling the same items for both classifiers in each replicate.</summary>
    public static BootstrapInterval DifferenceInterval(PairedBinaryScores scores, int replicates, int seed,
        double confidence = 0.95, IProgress<ProgressReport>? progress = null)
        => Interval([RankedScores.From(scores.A), RankedScores.From(scores.B)], replicates, seed, confidence, progress,
            aucs => aucs[0] - aucs[1]);

    private static BootstrapInterval Interval(RankedScores[] ranked, int replicates, int seed, double confidence,
        IProgress<ProgressReport>? progress, Func<double[], double> statistic)
    {
        if (replicates < 1)
            throw new ArgumentOutOfRangeException(nameof(replicates), replicates, "Use at least 1 bootstrap replicate (2000 is usual).");
        int m = ranked[0].CaseCount, n = ranked[0].ControlCount;
        if (m == 0 || n == 0)
            return new BootstrapInterval(double.NaN, double.NaN, confidence, replicates, seed);
        var random = new Random(seed);
        var caseWeights = new int[m];
        var controlWeights = new int[n];
        var aucs = new double[ranked.Length];
        var values = new double[replicates];
        for (int replicate = 0; replicate < replicates; replicate++)
        {
            Redraw(random, caseWeights);
            Redraw(random, controlWeights);
            for (int k = 0; k < ranked.Length; k++)
                aucs[k] = WeightedAuc(ranked[k], caseWeights, controlWeights);
            values[replicate] = statistic(aucs);
            if ((replicate + 1) % 100 == 0 || replicate + 1 == replicates)
                progress?.Report(new ProgressReport("bootstrap", replicate + 1, replicates));
        }
        Array.Sort(values);
        double alpha = (1 - confidence) / 2;
        return new BootstrapInterval(Quantile.Type7(values, alpha), Quantile.Type7(values, 1 - alpha), confidence, replicates, seed);
    }

    /// <summary>Multinomial resampling: how often each of the k items is drawn in k draws with replacement.</summary>
    private static void Redraw(Random random, int[] weights)
    {
        Array.Clear(weights);
        for (int draw = 0; draw < weights.Length; draw++)
            weights[random.Next(weights.Length)]++;
    }

    /// <summary>Mann–Whitney AUC of the weighted sample (ties one half), one pass over the sorted tie groups.</summary>
    internal static double WeightedAuc(RankedScores ranked, int[] caseWeights, int[] controlWeights)
    {
        int m = ranked.CaseCount;
        double halfUnits = 0, controlsBelow = 0;
        for (int group = 0; group < ranked.GroupCount; group++)
        {
            long casesHere = 0, controlsHere = 0;
            for (int position = ranked.GroupStarts[group]; position < ranked.GroupStarts[group + 1]; position++)
            {
                int pooled = ranked.PooledIndex[position];
                if (pooled < m) casesHere += caseWeights[pooled];
                else controlsHere += controlWeights[pooled - m];
            }
            halfUnits += casesHere * (2 * controlsBelow + controlsHere);
            controlsBelow += controlsHere;
        }
        return halfUnits / (2.0 * m * ranked.ControlCount);
    }
}
