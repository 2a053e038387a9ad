using RadAudit.Reporting.Results;
using RadAudit.Reporting.Verdict;

namespace RadAudit.Reporting.Tests.Fixtures;

/// <summary>Fabricated but plausible audit results (MURA-sized valid split, Yi et al.-like numbers).</summary>
public static class SampleResults
{
    private static readonly string[] BodyParts = ["XR_ELBOW", "XR_FINGER", "XR_FOREARM", "XR_HAND", "XR_HUMERUS", "XR_SHOULDER", "XR_WRIST"];

    /// <summary>Results for all four conditions and <paramref name="seedCount"/> seeds, verdict filled in.</summary>
    public static AuditResults Create(int seedCount = 1, double labelsOnlyAuc = 0.638, double coverP = 0.02)
    {
        var seeds = Enumerable.Range(1, seedCount).ToList();
        var conditions = new Dictionary<string, ConditionResult>
        {
            [RadAudit.Core.Condition.Original.Name] = Condition(0.844, 0.014, seeds, 0.012),
            [RadAudit.Core.Condition.Cover.Name] = Condition(0.857, 0.013, seeds, 0.010),
            [RadAudit.Core.Condition.LabelsOnly.Name] = Condition(labelsOnlyAuc, 0.03, seeds, 0.008),
            [RadAudit.Core.Condition.RandomCover.Name] = Condition(0.842, 0.014, seeds, 0.011),
        };
        var results = new AuditResults(
            conditions,
            new ComparisonSet(
                Comparison(RadAudit.Core.Condition.Cover.Name, 0.013, coverP, seeds),
                Comparison(RadAudit.Core.Condition.RandomCover.Name, -0.002, 0.81, seeds)),
            new ChanceComparison(labelsOnlyAuc, new ConfidenceInterval(labelsOnlyAuc - 0.03, labelsOnlyAuc + 0.03), 0.0001),
            new Dictionary<string, SaliencyResult>
            {
                [RadAudit.Core.Condition.Original.Name] = new(0.38, 0.41, 19.0, 0.02, 200),
                [RadAudit.Core.Condition.Cover.Name] = new(0.03, 0.02, 1.5, 0.02, 200),
            },
            new MarkerSummary(MarkerSummary.Detected, "RUN/markers/boxes.csv", 3050, 147,
                new DetectionSummary("threshold-components 1", 3197, 6120,
                    new Dictionary<string, int> { ["laterality"] = 3080, ["initials"] = 3040 }, 0.93, 0.88, "markers/contact-sheet.png")),
            "",
            Config(seeds),
            new Dictionary<string, string> { ["radaudit"] = "0.1.0", ["dotnet"] = "10.0.0", ["torchsharp"] = "0.107.0", ["libtorch"] = "2.10.0" },
            "sha256:4f1c2a9e0b7d",
            LeakChecks: new LeakChecks(
                [
                    Statistic("box_background", 0.51, BoxStatistic.UnderLabels), Statistic("box_ink", 0.60, BoxStatistic.LabelLook),
                    Statistic("box_mean", 0.51, BoxStatistic.LabelLook), Statistic("box_area", 0.50, BoxStatistic.Placement),
                    Statistic("box_count", 0.50, BoxStatistic.Placement),
                ],
                new ChanceComparison(0.52, new ConfidenceInterval(0.49, 0.55), 0.21)));
        return VerdictWriter.WithVerdict(results);
    }

    // A box statistic of the valid split with a plausible DeLong half-width for 3,197 images.
    private static BoxStatistic Statistic(string name, double auc, string kind) =>
        new(name, name.Replace('_', ' '), auc, Interval(auc, 0.02), 1199, kind);

    /// <summary>The configuration of a MURA-like audit with the given seeds.</summary>
    public static AuditConfig Config(IReadOnlyList<int> seeds) => new(
        "/data/MURA-v1.1", "mura", 36808, 13457, 3197, 1199, "densenet121", "/weights/densenet121-imagenet.pth", 320, 10, 8, 1e-4,
        seeds, RadAudit.Core.Condition.Names, 2000, 200, "cuda");

    private static ConditionResult Condition(double auc, double halfWidth, IReadOnlyList<int> seeds, double spread)
    {
        var perSeed = seeds.Select((seed, index) =>
            new SeedResult(seed, auc + spread * (index - (seeds.Count - 1) / 2.0), Interval(auc, halfWidth), auc + 0.03, Kappa(auc))).ToList();
        var perPart = BodyParts.Select((part, index) => (part, result: new BodyPartResult(
            auc - 0.06 + index * 0.02, Interval(auc - 0.06 + index * 0.02, 0.07), auc - 0.04 + index * 0.02, 300 + index * 40, 120 + index * 15)))
            .ToDictionary(pair => pair.part, pair => pair.result);
        double sd = seeds.Count > 1 ? SeedStatistics.SampleStandardDeviation(perSeed.Select(seed => seed.Auc).ToList()) : double.NaN;
        return new ConditionResult(auc, Interval(auc, halfWidth), auc + 0.03, Interval(auc + 0.03, halfWidth * 1.5), Kappa(auc),
            auc - 0.07, auc - 0.01,
            3197, 1199, perSeed, sd, perPart);
    }

    private static ComparisonResult Comparison(string condition, double difference, double p, IReadOnlyList<int> seeds)
    {
        var perSeed = seeds.Select((seed, index) => new SeedDifference(seed, difference + 0.004 * index, p, 0.0056)).ToList();
        double sd = seeds.Count > 1 ? SeedStatistics.SampleStandardDeviation(perSeed.Select(seed => seed.Difference).ToList()) : double.NaN;
        double mean = perSeed.Average(seed => seed.Difference);
        // With several seeds the verdict's test is over them; its p is the fixture's p, to keep the cases readable.
        AcrossSeedsTest? acrossSeeds = seeds.Count > 1 ? new AcrossSeedsTest(seeds.Count, mean, 0.0056, 12.5, mean / 0.0056, p, Interval(mean, 0.011)) : null;
        return new ComparisonResult(condition, RadAudit.Core.Condition.Original.Name, difference, Interval(difference, 0.011), 2.3, p,
            Interval(difference, 0.012), perSeed, mean, sd, acrossSeeds);
    }

    // Plausible: kappa grows with discrimination (about 0.56 at AUC 0.84, about 0.2 at AUC 0.64).
    private static double Kappa(double auc) => Math.Round(1.8 * (auc - 0.53), 2);

    private static ConfidenceInterval Interval(double centre, double halfWidth) => new(centre - halfWidth, centre + halfWidth);
}
