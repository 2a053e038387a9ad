using System.Text;
using System.Text.Json;

namespace RadAudit.Imaging.Markers.Evaluation;

/// <summary>Writes a <see cref="DetectionEvaluation"/> as JSON (NaN, i.e. undefined, becomes null).</summary>
public static class DetectionEvaluationJson
{
    /// <summary>The evaluation with every image's result, worst first.</summary>
    public static string Write(DetectionEvaluation evaluation)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("min_iou", evaluation.MinimumIoU);
            Number(writer, "coverage", evaluation.Coverage);
            writer.WritePropertyName("overall");
            Metrics(writer, evaluation.Overall);
            writer.WriteStartArray("per_kind");
            foreach (KindMetrics metrics in evaluation.PerKind) Metrics(writer, metrics);
            writer.WriteEndArray();
            writer.WriteStartArray("images_worst_first");
            foreach (ImageEvaluation image in evaluation.Images) Image(writer, image);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Metrics(Utf8JsonWriter writer, KindMetrics metrics)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", metrics.Kind);
        writer.WriteNumber("true_positives", metrics.TruePositives);
        writer.WriteNumber("false_positives", metrics.FalsePositives);
        writer.WriteNumber("false_negatives", metrics.FalseNegatives);
        Number(writer, "precision", metrics.Precision);
        Number(writer, "recall", metrics.Recall);
        Number(writer, "f1", metrics.F1);
        Number(writer, "mean_iou", metrics.MeanIoU);
        writer.WriteEndObject();
    }

    private static void Image(Utf8JsonWriter writer, ImageEvaluation image)
    {
        writer.WriteStartObject();
        writer.WriteString("path", image.Path);
        writer.WriteNumber("truth", image.TruthCount);
        writer.WriteNumber("predicted", image.PredictedCount);
        writer.WriteNumber("matched", image.Matched);
        Number(writer, "coverage", image.Coverage);
        writer.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsNaN(value)) writer.WriteNull(name);
        else writer.WriteNumber(name, Math.Round(value, 6));
    }
}
