using System.Globalization;
using RadAudit.Reporting.Results;

namespace RadAudit.Reporting.Verdict;

/// <summary>
/// Verdict sentences about the paired comparisons: covering the labels, and covering random regions. A difference
/// between two retrained conditions is called a change only by the test over training seeds
/// (<see cref="AcrossSeedsTest"/>), which counts run-to-run variation, and only when it is at least 0.01 AUC
/// (<see cref="RetrainedDifference"/>); with one seed the paired DeLong p-value is reported for what it is (the test
/// images only) and no effect is claimed.
/// </summary>
internal static class ComparisonSentences
{
    public static IEnumerable<string> Write(AuditResults results)
    {
        ComparisonResult? cover = results.Comparisons.OriginalVsCover;
        if (cover is null)
            yield return "The covered-label model was not compared with the original, so the effect of covering the labels was not measured.";
        else
        {
            yield return CoverClaim(cover);
            if (cover.Seeds.Count > 1)
                yield return SeedSpread(cover);
        }
        ComparisonResult? random = results.Comparisons.RandomCoverVsOriginal;
        if (random is not null)
            yield return RandomCoverClaim(random);
        if (OneSeed(cover) || OneSeed(random))
            yield return "With one training run per condition, a difference between two retrained models cannot be told from " +
                "run-to-run variation, which the paired DeLong test does not count; no effect of covering is claimed. " +
                "Train 2 or more seeds per condition (--seeds 2, the audit's default; docs/validity.md) to test it.";
    }

    private static bool OneSeed(ComparisonResult? comparison) => comparison is not null && comparison.AcrossSeeds is null;

    private static RetrainedDifferenceCall Call(AcrossSeedsTest test) => RetrainedDifference.Call(test.DifferenceMean, test.P);

    // ", which is detectable but smaller than 0.01 AUC: no effect that matters".
    private static string Negligible => FormattableString.Invariant(
        $"detectable, but smaller than {RetrainedDifference.SmallestChange:0.00} AUC, the smallest change the verdict calls one");

    private static string CoverClaim(ComparisonResult cover)
    {
        if (cover.AcrossSeeds is not AcrossSeedsTest test)
            return $"Covering the labels changed AUC by {TestSetOnly(cover)}.";
        string change = AcrossSeeds(test);
        return Call(test) switch
        {
            RetrainedDifferenceCall.Changed => $"Covering the labels changed AUC by {change}.",
            RetrainedDifferenceCall.Negligible => $"Covering the labels changed AUC by {change}: {Negligible}, so no effect that matters.",
            _ => $"Covering the labels changed AUC by {change}, which is within training and test-set variation: no detectable effect.",
        };
    }

    private static string RandomCoverClaim(ComparisonResult random)
    {
        if (random.AcrossSeeds is not AcrossSeedsTest test)
            return $"Covering random regions of the same size changed AUC by {TestSetOnly(random)}.";
        string change = AcrossSeeds(test);
        return Call(test) switch
        {
            RetrainedDifferenceCall.Changed => $"Covering random regions of the same size also changed AUC, by {change}, so part of any change may come from covering image area rather than the labels.",
            RetrainedDifferenceCall.Negligible => $"Covering random regions of the same size changed AUC by {change}: {Negligible}, so covering image area by itself does not matter here.",
            _ => $"Covering random regions of the same size did not change AUC detectably: {change}.",
        };
    }

    // "-0.049 on these test images (paired DeLong p = 0.02, counting the test images only)".
    private static string TestSetOnly(ComparisonResult comparison) =>
        $"{VerdictFormat.Signed(comparison.Difference)} on these test images (paired DeLong {VerdictFormat.PValue(comparison.P)}, counting the test images only)";

    // "-0.049 on average over 3 training seeds (p = 0.02; 95% CI -0.09 to -0.01, counting seed-to-seed variation)".
    private static string AcrossSeeds(AcrossSeedsTest test) =>
        $"{VerdictFormat.Signed(test.DifferenceMean)} on average over {test.Seeds} training seeds ({VerdictFormat.PValue(test.P)}; " +
        $"95% CI {VerdictFormat.SignedRange(test.Ci95)}, counting seed-to-seed variation)";

    private static string SeedSpread(ComparisonResult cover)
    {
        List<double> differences = cover.Seeds.Select(seed => seed.Difference).ToList();
        int significant = cover.Seeds.Count(seed => double.IsFinite(seed.P) && seed.P < VerdictWriter.SignificanceLevel);
        return LabelsOnlySentences.SeedSpread("the change from covering", differences, VerdictFormat.Signed, VerdictFormat.Signed)
            .TrimEnd('.') + $"; {significant} of {cover.Seeds.Count} seeds reached paired DeLong p < " +
            $"{VerdictWriter.SignificanceLevel.ToString(CultureInfo.InvariantCulture)} on the test images alone.";
    }
}
