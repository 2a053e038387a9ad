using RadAudit.Reporting.Results;
using RadAudit.Stats.Attention;

namespace RadAudit.Audit.Steps;

/// <summary>A job's label-attention figures for results.json: from the saliency run just made, or from the
/// summary.json of a job a previous run finished — the same numbers either way (as recorded, to six places).</summary>
public static class SaliencyFigures
{
    /// <summary>The report's record of the "all images" group, or null when the job explained nothing with labels.</summary>
    public static SaliencyResult? Of(AttentionGroupSummary? all)
    {
        if (all is null || all.Images == 0) return null;
        return new SaliencyResult(all.EnergyInLabels.AsRecorded().Estimate, all.PeakInLabel.AsRecorded().Estimate,
            all.Enrichment.AsRecorded().Estimate, all.LabelAreaFraction.AsRecorded().Estimate, all.Images);
    }

    /// <summary>Averages one condition's seeds (each seed's model explained on the same images).</summary>
    public static SaliencyResult? Average(IReadOnlyList<SaliencyResult> perSeed) => perSeed.Count == 0
        ? null
        : new SaliencyResult(perSeed.Average(s => s.EnergyInLabels), perSeed.Average(s => s.PeakInLabelRate),
            perSeed.Average(s => s.Enrichment), perSeed.Average(s => s.LabelAreaFraction), perSeed[0].NImages);
}
