using System.Text.Json;
using RadAudit.Data.Reviews;
using RadAudit.Review.Session;

namespace RadAudit.Review.Web;

/// <summary>Reads the page's edit request: <c>{"status":…,"action":…,"boxes":[{"x","y","width","height","kind"}]}</c>.</summary>
internal static class EditRequestJson
{
    /// <summary>The edit, or a <see cref="ReviewEditException"/> saying what is wrong with the request.</summary>
    public static ReviewEdit Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            JsonElement root = document.RootElement;
            if (!ReviewStatuses.TryParse(root.GetProperty("status").GetString(), out ReviewStatus status))
                throw new ReviewEditException($"Unknown status '{root.GetProperty("status")}'.");
            string action = root.TryGetProperty("action", out JsonElement name) ? name.GetString() ?? "" : "";
            var boxes = root.TryGetProperty("boxes", out JsonElement list)
                ? list.EnumerateArray().Select(box => new EditedBox(Whole(box, "x"), Whole(box, "y"), Whole(box, "width"), Whole(box, "height"),
                    box.GetProperty("kind").GetString() ?? "")).ToList()
                : [];
            return new ReviewEdit(status, action, boxes);
        }
        catch (Exception problem) when (problem is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ReviewEditException($"Not an edit request ({problem.Message}).");
        }
    }

    /// <summary>A pixel coordinate; the page may send fractions while dragging, rounded here.</summary>
    private static int Whole(JsonElement box, string name) => (int)Math.Round(Math.Clamp(box.GetProperty(name).GetDouble(), -1e6, 1e6));
}
