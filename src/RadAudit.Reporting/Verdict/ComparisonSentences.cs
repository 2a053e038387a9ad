using RadAudit.Reporting.Results;

namespace RadAudit.Reporting.Verdict;

/// <summary>Verdict sentences about the paired comparisons: covering the labels, and covering random regions.</summary>
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
    }

    private static bool IsSignificant(ComparisonResult comparison) =>
        double.IsFinite(comparison.P) && comparison.P < VerdictWriter.SignificanceLevel;

    private static string CoverClaim(ComparisonResult cover)
    {
        string change = $"{VerdictFormat.Signed(cover.Difference)} ({VerdictFormat.PValue(cover.P)}; 95% CI {VerdictFormat.SignedRange(cover.Ci95)})";
        return IsSignificant(cover)
            ? $"Covering the labels changed AUC by {change}."
            : $"Covering the labels changed AUC by {change}, which is within chance variation: no detectable effect.";
    }

    private static string RandomCoverClaim(ComparisonResult random)
    {
        string change = $"{VerdictFormat.Signed(random.Difference)}, {VerdictFormat.PValue(random.P)}";
        return IsSignificant(random)
            ? $"Covering random regions of the same size also changed AUC ({change}), so part of any change may come from covering image area rather than the labels."
            : $"Covering random regions of the same size did not change AUC detectably ({change}).";
    }

    private static string SeedSpread(ComparisonResult cover)
    {
        List<double> differences = cover.Seeds.Select(seed => seed.Difference).ToList();
        int significant = cover.Seeds.Count(seed => double.IsFinite(seed.P) && seed.P < VerdictWriter.SignificanceLevel);
        return LabelsOnlySentences.SeedSpread("the change from covering", differences, VerdictFormat.Signed, VerdictFormat.Signed)
            .TrimEnd('.') + $"; {significant} of {cover.Seeds.Count} seeds reached p < {VerdictWriter.SignificanceLevel.ToString(System.Globalization.CultureInfo.InvariantCulture)}.";
    }
}
