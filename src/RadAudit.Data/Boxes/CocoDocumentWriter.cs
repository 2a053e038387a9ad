using System.Text.Json;
using RadAudit.Core;

namespace RadAudit.Data.Boxes;

/// <summary>Writes the COCO document (images, annotations, categories) for <see cref="CocoBoxFile"/>.</summary>
internal static class CocoDocumentWriter
{
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<LabelBox> boxes,
        Func<string, (int Width, int Height)?>? imageSize, IEnumerable<string>? extraImages)
    {
        // Image ids follow first appearance so the file is deterministic and the CSV order survives a round trip.
        var imageIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string path in boxes.Select(box => box.Path).Concat(extraImages ?? []))
            imageIds.TryAdd(path, imageIds.Count + 1);
        writer.WriteStartObject();
        writer.WriteStartArray("images");
        foreach (var (path, id) in imageIds)
        {
            var size = imageSize?.Invoke(path) ?? (0, 0);
            writer.WriteStartObject();
            writer.WriteNumber("id", id);
            writer.WriteString("file_name", path);
            writer.WriteNumber("width", size.Width);
            writer.WriteNumber("height", size.Height);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        WriteAnnotations(writer, boxes, imageIds);
        writer.WriteStartArray("categories");
        for (int index = 0; index < LabelKinds.All.Count; index++)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", index + 1);
            writer.WriteString("name", LabelKinds.All[index]);
            writer.WriteString("supercategory", "burned-in label");
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteAnnotations(Utf8JsonWriter writer, IReadOnlyList<LabelBox> boxes, Dictionary<string, int> imageIds)
    {
        writer.WriteStartArray("annotations");
        for (int index = 0; index < boxes.Count; index++)
        {
            LabelBox box = boxes[index];
            writer.WriteStartObject();
            writer.WriteNumber("id", index + 1);
            writer.WriteNumber("image_id", imageIds[box.Path]);
            writer.WriteNumber("category_id", CategoryId(box.Kind));
            writer.WriteStartArray("bbox");
            writer.WriteNumberValue(box.X);
            writer.WriteNumberValue(box.Y);
            writer.WriteNumberValue(box.Width);
            writer.WriteNumberValue(box.Height);
            writer.WriteEndArray();
            writer.WriteNumber("area", box.Area);
            writer.WriteNumber("iscrowd", 0);
            if (box.Score is double score) writer.WriteNumber("score", score);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static int CategoryId(string kind)
    {
        for (int index = 0; index < LabelKinds.All.Count; index++)
            if (LabelKinds.All[index] == kind) return index + 1;
        throw new RadAuditException($"Box kind '{kind}' is not one of {string.Join(", ", LabelKinds.All)}; fix it before writing COCO JSON.");
    }
}
