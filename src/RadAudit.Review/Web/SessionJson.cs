using System.Text.Json;
using RadAudit.Core;
using RadAudit.Data.Reviews;
using RadAudit.Review.Session;

namespace RadAudit.Review.Web;

/// <summary>
/// The JSON the page reads: the whole session once (every image's size, doubt, status and boxes, and the review
/// order), then one image's state after each edit. Text from the data (paths, problems) is JSON-escaped here and
/// set with textContent by the page, never parsed as HTML.
/// </summary>
internal static class SessionJson
{
    /// <summary>The whole session as UTF-8 JSON.</summary>
    public static byte[] Session(ReviewSession session) => Write(writer =>
    {
        var (states, reviewed) = session.Snapshot();
        writer.WriteStartObject();
        WriteStrings(writer, "kinds", LabelKinds.All);
        writer.WriteNumber("total", session.Images.Count);
        writer.WriteNumber("reviewed", reviewed);
        writer.WriteNumber("resume", session.Plan.ResumePosition);
        writer.WriteString("outFile", session.OutFile);
        writer.WriteStartArray("order");
        foreach (int index in session.Plan.Order) writer.WriteNumberValue(index);
        writer.WriteEndArray();
        writer.WriteStartArray("images");
        foreach (ReviewImage image in session.Images)
        {
            writer.WriteStartObject();
            writer.WriteString("path", image.Path);
            writer.WriteNumber("width", image.Width);
            writer.WriteNumber("height", image.Height);
            if (image.Problem is not null) writer.WriteString("problem", image.Problem);
            writer.WriteNumber("doubt", Math.Round(session.Plan.Doubts[image.Index], 3));
            WriteState(writer, states[image.Index]);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    /// <summary>One image's state after an edit, with the new reviewed count.</summary>
    public static byte[] Image(int index, ImageState state, int reviewed) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteNumber("index", index);
        writer.WriteNumber("reviewed", reviewed);
        WriteState(writer, state);
        writer.WriteEndObject();
    });

    private static void WriteState(Utf8JsonWriter writer, ImageState state)
    {
        writer.WriteString("status", ReviewStatuses.Name(state.Status));
        writer.WriteStartArray("boxes");
        foreach (LabelBox box in state.Boxes) LabelBoxJson.Write(writer, box, withScore: true);
        writer.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (string value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) write(writer);
        return buffer.ToArray();
    }
}
