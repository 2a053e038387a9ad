using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using RadAudit.Core;

namespace RadAudit.Data.Reviews;

/// <summary>
/// One journal line as JSON: <c>{"time":…,"path":…,"status":…,"action":…,"boxes":[{"x","y","width","height","kind"}]}</c>.
/// </summary>
internal static class ReviewJournalLine
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The entry as one line of UTF-8 JSON, without the newline.</summary>
    public static byte[] Write(ReviewEntry entry)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("time", entry.Time.ToUniversalTime());
            writer.WriteString("path", entry.Path);
            writer.WriteString("status", ReviewStatuses.Name(entry.Status));
            writer.WriteString("action", entry.Action);
            writer.WriteStartArray("boxes");
            foreach (LabelBox box in entry.Boxes) LabelBoxJson.Write(writer, box, withScore: false);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>Parses a line written by <see cref="Write"/>; <paramref name="where"/> (file and line) names it in errors.</summary>
    public static ReviewEntry Parse(string line, string where)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            JsonElement root = document.RootElement;
            string path = root.GetProperty("path").GetString() ?? "";
            if (path.Length == 0) throw new FormatException("empty path");
            if (!ReviewStatuses.TryParse(root.GetProperty("status").GetString(), out ReviewStatus status))
                throw new FormatException($"unknown status '{root.GetProperty("status").GetString()}'");
            var boxes = root.GetProperty("boxes").EnumerateArray().Select(box => ParseBox(box, path)).ToList();
            return new ReviewEntry(path, status, boxes, root.GetProperty("action").GetString() ?? "", root.GetProperty("time").GetDateTimeOffset());
        }
        catch (Exception problem) when (problem is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            throw new RadAuditException($"{where}: not a review journal entry ({problem.Message}). " +
                "Restore the journal from a backup, or delete the broken line to lose only that edit.", 1, problem);
        }
    }

    private static LabelBox ParseBox(JsonElement box, string path)
    {
        var parsed = new LabelBox(path, box.GetProperty("x").GetInt32(), box.GetProperty("y").GetInt32(),
            box.GetProperty("width").GetInt32(), box.GetProperty("height").GetInt32(), box.GetProperty("kind").GetString() ?? "");
        if (parsed.Width <= 0 || parsed.Height <= 0) throw new FormatException($"box {parsed.Width}×{parsed.Height} has no area");
        if (!LabelKinds.All.Contains(parsed.Kind)) throw new FormatException($"unknown kind '{parsed.Kind}'");
        return parsed;
    }

    /// <summary>Decodes UTF-8 bytes of one line.</summary>
    public static string Text(ReadOnlySpan<byte> line) => Encoding.UTF8.GetString(line);
}
