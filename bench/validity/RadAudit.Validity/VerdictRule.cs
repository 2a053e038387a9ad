using RadAudit.Reporting.Results;
using RadAudit.Stats.Evaluation;

namespace RadAudit.Validity;

/// <summary>
/// The verdict's rule for a difference between two trained conditions, applied to the first k seeds of a run: with one
/// seed no difference is called (a paired DeLong p counts only the test images, not retraining); with k ≥ 2 the
/// across-seeds Welch–Satterthwaite test at 0.05 decides (ComparisonSentences, AcrossRunsTest).
/// </summary>
public static class VerdictRule
{
    /// <summary>Significance level of the verdict.</summary>
    public const double Alpha = 0.05;

    /// <summary>Whether the verdict would call <paramref name="comparison"/> a change using its first <paramref name="seeds"/> seeds.</summary>
    public static bool CallsDifference(ComparisonResult? comparison, int seeds)
    {
        if (comparison is null || seeds < 2 || comparison.Seeds.Count < seeds) return false;
        var first = comparison.Seeds.Take(seeds).ToList();
        AcrossRunsDifference test = AcrossRunsTest.Test([.. first.Select(seed => seed.Difference)], [.. first.Select(seed => seed.Se)]);
        return test.P < Alpha;
    }

    /// <summary>What the paired DeLong test of the first seed alone would have said (the rule the verdict replaced).</summary>
    public static bool DeLongAloneCalls(ComparisonResult? comparison) => comparison is { Seeds.Count: > 0 } && comparison.Seeds[0].P < Alpha;
}
