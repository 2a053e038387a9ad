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
        double x = Coordinate(bbox[0], "x", where), y = Coordinate(bbox[1], "y", where);
        double width = Coordinate(bbox[2], "width", where), height = Coordinate(bbox[3], "height", where);
        if (!(width > 0) || !(height > 0))
            throw new RadAuditException($"{where}: bbox has zero or negative size ({Show(bbox[2])} × {Show(bbox[3])}). Fix or delete it in the annotation tool.");
        int left = (int)Math.Floor(x), top = (int)Math.Floor(y);
        long right = (long)Math.Ceiling(x + width), bottom = (long)Math.Ceiling(y + height);
        if (right > int.MaxValue || bottom > int.MaxValue || right - left > int.MaxValue || bottom - top > int.MaxValue)
            throw new RadAuditException($"{where}: bbox [{Show(bbox[0])}, {Show(bbox[1])}, {Show(bbox[2])}, {Show(bbox[3])}] reaches beyond the largest pixel coordinate ({int.MaxValue}). Fix or delete it in the annotation tool.");
        if (right <= left || bottom <= top)
            throw new RadAuditException($"{where}: bbox has zero or negative size. Fix or delete it in the annotation tool.");
        double? score = annotation.TryGetProperty("score", out JsonElement value) && value.ValueKind == JsonValueKind.Number
            ? value.GetDouble() : null;
        return new LabelBox(ImagePaths.Canonical(path), left, top, (int)(right - left), (int)(bottom - top), kind, score);
    }

    // A pixel coordinate or size: a finite JSON number within the range of whole pixels.
    private static double Coordinate(JsonElement value, string name, string where)
    {
        if (value.ValueKind != JsonValueKind.Number)
            throw new RadAuditException($"{where}: bbox {name} is {Show(value)}, not a number. Export the annotations again, or fix the value.");
        if (!value.TryGetDouble(out double number) || !double.IsFinite(number) || Math.Abs(number) > int.MaxValue)
            throw new RadAuditException($"{where}: bbox {name} = {Show(value)} is outside the range of pixel coordinates (±{int.MaxValue}). Fix or delete the annotation.");
        return number;
    }

    private static string Show(JsonElement value) => value.ValueKind == JsonValueKind.String ? $"\"{value.GetString()}\" (text)" : value.GetRawText();

    private static JsonElement.ArrayEnumerator Array(JsonElement root, string name, string source) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out JsonElement array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray()
            : throw new RadAuditException($"{source}: no '{name}' array; this is not a COCO object-detection file.");

    private static long Long(JsonElement element, string name, string where) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long number)
            ? number
            : throw new RadAuditException($"{where}: missing or non-integer '{name}'.");

    private static string String(JsonElement element, string name, string where) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new RadAuditException($"{where}: missing '{name}'.");
}
