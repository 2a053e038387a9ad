using System.Text.Json;
using RadAudit.Stats.Attention;
using RadAudit.Testing;

namespace RadAudit.Stats.Tests.Attention;

public sealed class AttentionReportWriterTests
{
    [Fact]
    public void Should_write_one_csv_row_per_image_with_empty_cells_for_undefined_values()
    {
        // Given two rows, one with undefined measures and a path that needs quoting
        using var folder = new TemporaryFolder();
        string path = Path.Combine(folder.Path, "saliency.csv");
        AttentionRow[] rows =
        [
            new("a/1.png", 1, 0.9, 2, new LabelAttentionMeasures(0.5, true, 0.25, 2.0)),
            new("b,2.png", null, 0.1, 0, new LabelAttentionMeasures(0.0, false, 0.0, double.NaN)),
        ];

        // When written
        AttentionReportWriter.WriteCsv(path, rows);

        // Then the lines are exact and no temporary file is left
        Assert.Equal(
            [AttentionReportWriter.Header, "a/1.png,1,0.9,2,0.5,1,0.25,2", "\"b,2.png\",,0.1,0,0,0,0,"],
            File.ReadAllLines(path));
        Assert.Single(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Should_write_the_summary_with_nulls_for_undefined_bounds()
    {
        // Given a summary of one image
        using var folder = new TemporaryFolder();
        string path = Path.Combine(folder.Path, "summary.json");
        var accumulator = new LabelAttentionAccumulator();
        accumulator.Add(new LabelAttentionMeasures(0.5, true, 0.25, 2.0), 1);

        // When written with its context
        AttentionReportWriter.WriteJson(path, accumulator.Summarize(), new Dictionary<string, string> { ["method"] = "gradcam" });

        // Then the JSON carries the context, the estimate and null bounds (one value has no t-interval)
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        JsonElement root = document.RootElement;
        Assert.Equal("gradcam", root.GetProperty("method").GetString());
        Assert.Equal(0.5, root.GetProperty("abnormal").GetProperty("energy_in_labels").GetProperty("estimate").GetDouble());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("all").GetProperty("energy_in_labels").GetProperty("ci95_lower").ValueKind);
        Assert.Equal(0, root.GetProperty("normal").GetProperty("images").GetInt32());
    }
}
