using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RadAudit.Core;

namespace RadAudit.Stats.Attention;

/// <summary>Writes saliency.csv (one row per image) and summary.json, each atomically (temporary file, then rename);
/// <see cref="AttentionSummaryReader"/> reads summary.json back.</summary>
/// <remarks>Undefined values (NaN, null) are written as empty CSV cells and JSON nulls; numbers use the invariant culture.</remarks>
public static class AttentionReportWriter
{
    /// <summary>The CSV header.</summary>
    public const string Header = "path,label,score,label_boxes,energy_in_labels,peak_in_label,label_area_fraction,enrichment";

    /// <summary>Writes the per-image table.</summary>
    public static void WriteCsv(string path, IEnumerable<AttentionRow> rows)
    {
        var text = new StringBuilder().Append(Header).Append('\n');
        foreach (AttentionRow row in rows)
        {
            text.Append(Quote(row.Path)).Append(',')
                .Append(row.TrueLabel?.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Number(row.Score)).Append(',')
                .Append(row.LabelBoxes.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Number(row.Measures.EnergyInLabels)).Append(',')
                .Append(row.Measures.PeakInLabel switch { true => "1", false => "0", null => "" }).Append(',')
                .Append(Number(row.Measures.LabelAreaFraction)).Append(',')
                .Append(Number(row.Measures.Enrichment)).Append('\n');
        }
        WriteAtomically(path, text.ToString());
    }

    /// <summary>Writes the summary with <paramref name="context"/> (method, target, margin, model...) at the top.</summary>
    public static void WriteJson(string path, LabelAttentionSummary summary, IReadOnlyDictionary<string, string> context)
    {
        var root = new JsonObject();
        foreach (var (key, value) in context) root[key] = value;
        root["images_seen"] = summary.ImagesSeen;
        root["images_without_labels"] = summary.ImagesWithoutLabels;
        root["images_without_attention"] = summary.ImagesWithoutAttention;
        root["images_unlabelled_truth"] = summary.Unlabelled;
        root["all"] = Group(summary.All);
        root["normal"] = Group(summary.Normal);
        root["abnormal"] = Group(summary.Abnormal);
        WriteAtomically(path, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    private static JsonObject Group(AttentionGroupSummary group) => new()
    {
        ["images"] = group.Images,
        ["energy_in_labels"] = Interval(group.EnergyInLabels),
        ["label_area_fraction"] = Interval(group.LabelAreaFraction),
        ["enrichment"] = Interval(group.Enrichment),
        ["peak_in_label"] = Interval(group.PeakInLabel),
        ["share_enrichment_above_1"] = Interval(group.EnrichedShare),
    };

    private static JsonObject Interval(IntervalEstimate estimate) => new()
    {
        ["estimate"] = JsonNumber(estimate.Estimate),
        ["ci95_lower"] = JsonNumber(estimate.Lower),
        ["ci95_upper"] = JsonNumber(estimate.Upper),
        ["n"] = estimate.Count,
    };

    private static JsonNode? JsonNumber(double value) => double.IsFinite(value) ? JsonValue.Create(IntervalEstimate.Recorded(value)) : null;

    private static string Number(double value) => double.IsFinite(value) ? value.ToString("0.######", CultureInfo.InvariantCulture) : "";

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void WriteAtomically(string path, string content) => AtomicFile.WriteText(path, content);
}
