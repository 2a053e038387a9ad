using System.Text.Json.Nodes;

namespace RadAudit.Stats.Attention;

/// <summary>Reads back the "all images" group of a summary.json that <see cref="AttentionReportWriter"/> wrote (a
/// finished audit job reused by a later run), with the writer's own key names.</summary>
public static class AttentionSummaryReader
{
    /// <summary>The group of every explained image, as recorded; null when the file is missing or holds no group.</summary>
    public static AttentionGroupSummary? ReadAll(string summaryJson)
    {
        if (!File.Exists(summaryJson)) return null;
        if (JsonNode.Parse(File.ReadAllText(summaryJson))?["all"] is not JsonNode all || all["images"]?.GetValue<int>() is not int images)
            return null;
        return new AttentionGroupSummary(images, Interval(all, "energy_in_labels"), Interval(all, "label_area_fraction"),
            Interval(all, "enrichment"), Interval(all, "peak_in_label"), Interval(all, "share_enrichment_above_1"));
    }

    private static IntervalEstimate Interval(JsonNode group, string name)
    {
        JsonNode? interval = group[name];
        return new IntervalEstimate(Number(interval?["estimate"]), Number(interval?["ci95_lower"]), Number(interval?["ci95_upper"]),
            interval?["n"]?.GetValue<int>() ?? 0);
    }

    private static double Number(JsonNode? value) => value is null ? double.NaN : value.GetValue<double>();
}
