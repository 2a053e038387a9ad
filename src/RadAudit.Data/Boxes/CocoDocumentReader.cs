using System.Text.Json;
using RadAudit.Core;

namespace RadAudit.Data.Boxes;

/// <summary>
/// Reads a COCO document into boxes. Categories are matched by name (so files from other tools, with their own
/// ids, work); COCO's float boxes are rounded outward to whole pixels so no labelled pixel is lost.
/// </summary>
internal static class CocoDocumentReader
{
    public static IReadOnlyList<LabelBox> Read(JsonElement root, string source)
    {
        var images = new Dictionary<long, string>();
        foreach (JsonElement image in Array(root, "images", source))
            images[Long(image, "id", source)] = String(image, "file_name", source);
        var kinds = new Dictionary<long, string>();
        foreach (JsonElement category in Array(root, "categories", source))
        {
            string name = String(category, "name", source).ToLowerInvariant();
            if (!LabelKinds.All.Contains(name))
                throw new RadAuditException($"{source}: category '{name}' is not one of {string.Join(", ", LabelKinds.All)}. Rename it in the annotation tool.");
            kinds[Long(category, "id", source)] = name;
        }
        var boxes = new List<LabelBox>();
        int index = 0;
        foreach (JsonElement annotation in Array(root, "annotations", source))
            boxes.Add(ReadAnnotation(annotation, images, kinds, $"{source} annotation #{++index}"));
        return boxes;
    }

    private static LabelBox ReadAnnotation(JsonElement annotation, Dictionary<long, string> images, Dictionary<long, string> kinds, string where)
    {
        if (!images.TryGetValue(Long(annotation, "image_id", where), out string? path))
            throw new RadAuditException($"{where}: image_id not listed under images. Export the whole data set, not only the annotations.");
        if (!kinds.TryGetValue(Long(annotation, "category_id", where), out string? kind))
            throw new RadAuditException($"{where}: category_id not listed under categories.");
        if (!annotation.TryGetProperty("bbox", out JsonElement bbox) || bbox.ValueKind != JsonValueKind.Array || bbox.GetArrayLength() != 4)
            throw new RadAuditException($"{where}: bbox must be [x, y, width, height].");
        double x = bbox[0].GetDouble(), y = bbox[1].GetDouble();
        int left = (int)Math.Floor(x), top = (int)Math.Floor(y);
        int right = (int)Math.Ceiling(x + bbox[2].GetDouble()), bottom = (int)Math.Ceiling(y + bbox[3].GetDouble());
        if (right <= left || bottom <= top)
            throw new RadAuditException($"{where}: bbox has zero or negative size. Fix or delete it in the annotation tool.");
        double? score = annotation.TryGetProperty("score", out JsonElement value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble() : null;
        return new LabelBox(path, left, top, right - left, bottom - top, kind, score);
    }

    private static JsonElement.ArrayEnumerator Array(JsonElement root, string name, string source) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out JsonElement array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray()
            : throw new RadAuditException($"{source}: no '{name}' array; this is not a COCO object-detection file.");

    private static long Long(JsonElement element, string name, string where) =>
        element.TryGetProperty(name, out JsonElement value) && value.TryGetInt64(out long number)
            ? number
            : throw new RadAuditException($"{where}: missing or non-integer '{name}'.");

    private static string String(JsonElement element, string name, string where) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new RadAuditException($"{where}: missing '{name}'.");
}
