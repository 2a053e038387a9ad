using RadAudit.Reporting.Results;
using RadAudit.Reporting.Verdict;
using RadAudit.Stats.Evaluation;

namespace RadAudit.Validity;

/// <summary>
/// The verdict's rule for a difference between two trained conditions, applied to the first k seeds of a run: with one
/// seed no difference is called (a paired DeLong p counts only the test images, not retraining); with k ≥ 2 the
/// across-seeds Welch–Satterthwaite test (AcrossRunsTest) at 0.05 and a mean difference of at least 0.01 AUC decide —
/// the verdict's own <see cref="RetrainedDifference"/>.
/// </summary>
public static class VerdictRule
{
    /// <summary>Significance level of the verdict.</summary>
    public const double Alpha = 0.05;

    /// <summary>The across-seeds test of the first <paramref name="seeds"/> seeds; null with fewer than two.</summary>
    public static AcrossRunsDifference? AcrossSeeds(ComparisonResult? comparison, int seeds)
    {
        if (comparison is null || seeds < 2 || comparison.Seeds.Count < seeds) return null;
        var first = comparison.Seeds.Take(seeds).ToList();
        return AcrossRunsTest.Test([.. first.Select(seed => seed.Difference)], [.. first.Select(seed => seed.Se)]);
    }

    /// <summary>What the verdict makes of <paramref name="comparison"/> using its first <paramref name="seeds"/> seeds.</summary>
    public static RetrainedDifferenceCall Call(ComparisonResult? comparison, int seeds) =>
        AcrossSeeds(comparison, seeds) is AcrossRunsDifference test ? RetrainedDifference.Call(test.Mean, test.P) : RetrainedDifferenceCall.None;

    /// <summary>Whether the verdict would claim a change of <paramref name="comparison"/> using its first <paramref name="seeds"/> seeds.</summary>
    public static bool CallsDifference(ComparisonResult? comparison, int seeds) => Call(comparison, seeds) == RetrainedDifferenceCall.Changed;

    /// <summary>Whether the across-seeds test alone (p &lt; 0.05, without the 0.01 floor) fires.</summary>
    public static bool TestAloneCalls(ComparisonResult? comparison, int seeds) => AcrossSeeds(comparison, seeds) is { P: < Alpha };

    /// <summary>The direction of the change the verdict claims: −1 (AUC fell), +1 (rose), 0 (no claim).</summary>
    public static int CalledDirection(ComparisonResult? comparison, int seeds) =>
        AcrossSeeds(comparison, seeds) is AcrossRunsDifference test && RetrainedDifference.Call(test.Mean, test.P) == RetrainedDifferenceCall.Changed
            ? Math.Sign(test.Mean) : 0;

    /// <summary>What the paired DeLong test of the first seed alone would have said (the rule the verdict replaced).</summary>
    public static bool DeLongAloneCalls(ComparisonResult? comparison) => comparison is { Seeds.Count: > 0 } && comparison.Seeds[0].P < Alpha;
}
