using RadAudit.Reporting.Results;

namespace RadAudit.Reporting.Verdict;

/// <summary>
/// Verdict sentences of the leak guard (issue #21). Two questions about a labels-only AUC above chance: is it the labels
/// at all, or what lies under them (a box statistic of the background beats chance: a leak, and the headline says so);
/// and if it is the labels, is it what they say or only where they are and how large (the labels-geometry control and
/// the boxes' area and count: named, but still a label shortcut).
/// </summary>
public static class LeakSentences
{
    /// <summary>The leak sentences of <paramref name="results"/>; none when it has no leak checks.</summary>
    public static IEnumerable<string> Write(AuditResults results)
    {
        if (results.LeakChecks is not LeakChecks leaks) yield break;
        List<BoxStatistic> placement = Beating(leaks, BoxStatistic.Placement);
        if (leaks.LabelsGeometryVsChance is ChanceComparison geometry && geometry.AucCi95.IsKnown)
        {
            string measured = $"labels-geometry study-level AUC {VerdictFormat.Metric(geometry.Auc)}, 95% CI {VerdictFormat.Range(geometry.AucCi95)}";
            yield return GeometryPredicts(geometry) || placement.Count > 0
                ? $"Where the labels are and how large they are already predicts the class ({string.Join("; ", [measured, .. placement.Select(Measured)])}): " +
                  "part of what the labels-only model finds is their placement and size, not what they say."
                : $"The labels' placement and size alone do not predict the class ({measured}).";
        }
        else if (placement.Count > 0)
            yield return $"Where the labels are and how large they are already predicts the class ({string.Join("; ", placement.Select(Measured))}).";
        List<BoxStatistic> under = Beating(leaks, BoxStatistic.UnderLabels);
        if (under.Count > 0)
            yield return "What lies under the labels predicts the class by itself (" + string.Join("; ", under.Select(Measured)) +
                "), so the labels-only input carries anatomy, exposure or hardware under the boxes: a labels-only AUC above chance is not by itself " +
                "proof that the labels carry the diagnosis. Check the boxes' placement, or cover a margin around them.";
    }

    /// <summary>Whether the labels-only input may carry something other than the labels: a statistic of what lies under them beats chance.</summary>
    public static bool AnyLeak(AuditResults results) => results.LeakChecks is LeakChecks leaks && Beating(leaks, BoxStatistic.UnderLabels).Count > 0;

    /// <summary>Whether the verdict says placement predicts: the labels-geometry model or the boxes' area or count beats chance.</summary>
    public static bool NamesPlacement(AuditResults results) => results.LeakChecks is LeakChecks leaks &&
        (leaks.LabelsGeometryVsChance is ChanceComparison geometry && GeometryPredicts(geometry) || Beating(leaks, BoxStatistic.Placement).Count > 0);

    private static bool GeometryPredicts(ChanceComparison geometry) => geometry.IsAboveChance || geometry.IsBelowChance;

    private static List<BoxStatistic> Beating(LeakChecks leaks, string kind) =>
        leaks.BoxStatistics.Where(statistic => statistic.BeatsChance && statistic.Kind == kind).ToList();

    private static string Measured(BoxStatistic statistic) =>
        $"{statistic.Description}: AUC {VerdictFormat.Metric(statistic.Auc)}, 95% CI {VerdictFormat.Range(statistic.AucCi95)}";
}
