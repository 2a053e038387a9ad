using System.Text.Json.Nodes;
using RadAudit.Reporting.Results;

namespace RadAudit.Cli.Audit;

/// <summary>Reads the label-attention figures of a job's <c>saliency/summary.json</c> (written by SaliencyRun).</summary>
public static class SaliencySummaryFile
{
    /// <summary>The "all images" group as the report's record, or null when the job explained nothing with labels.</summary>
    public static SaliencyResult? Read(string summaryJson)
    {
        if (!File.Exists(summaryJson)) return null;
        JsonNode? all = JsonNode.Parse(File.ReadAllText(summaryJson))?["all"];
        if (all is null || all["images"]?.GetValue<int>() is not int images || images == 0) return null;
        return new SaliencyResult(Estimate(all, "energy_in_labels"), Estimate(all, "peak_in_label"),
            Estimate(all, "enrichment"), Estimate(all, "label_area_fraction"), images);
    }

    /// <summary>Averages one condition's seeds (each seed's model explained on the same images).</summary>
    public static SaliencyResult? Average(IReadOnlyList<SaliencyResult> perSeed) => perSeed.Count == 0
        ? null
        : new SaliencyResult(perSeed.Average(s => s.EnergyInLabels), perSeed.Average(s => s.PeakInLabelRate),
            perSeed.Average(s => s.Enrichment), perSeed.Average(s => s.LabelAreaFraction), perSeed[0].NImages);

    private static double Estimate(JsonNode group, string name) =>
        group[name]?["estimate"] is JsonNode value ? value.GetValue<double>() : double.NaN;
}
