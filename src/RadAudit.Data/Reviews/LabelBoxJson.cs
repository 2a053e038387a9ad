using System.Text.Json;
using RadAudit.Core;

namespace RadAudit.Data.Reviews;

/// <summary>One box as a JSON object, <c>{"x","y","width","height","kind"[,"score"]}</c>: the journal's and the review page's form.</summary>
public static class LabelBoxJson
{
    /// <summary>Writes <paramref name="box"/>; with <paramref name="withScore"/> also its score (null when hand-checked).</summary>
    public static void Write(Utf8JsonWriter writer, LabelBox box, bool withScore)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(box);
        writer.WriteStartObject();
        writer.WriteNumber("x", box.X);
        writer.WriteNumber("y", box.Y);
        writer.WriteNumber("width", box.Width);
        writer.WriteNumber("height", box.Height);
        writer.WriteString("kind", box.Kind);
        if (withScore && box.Score is double score) writer.WriteNumber("score", score);
        else if (withScore) writer.WriteNull("score");
        writer.WriteEndObject();
    }
}
