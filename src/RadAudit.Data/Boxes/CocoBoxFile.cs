using System.Text.Json;
using RadAudit.Core;

namespace RadAudit.Data.Boxes;

/// <summary>
/// Reads and writes label boxes as COCO object-detection JSON, so they move to and from annotation tools
/// (CVAT, Label Studio, FiftyOne). Images are listed by <c>file_name</c> = the data set's path; categories are
/// <see cref="LabelKinds"/> (ids 1..4 in that order); a detector score goes in the annotation's <c>score</c>.
/// </summary>
public static class CocoBoxFile
{
    /// <summary>Reads every annotation; a malformed file throws naming it and the fix.</summary>
    public static IReadOnlyList<LabelBox> Read(string file)
    {
        FileKinds.RequireRegularOrMissing(file, "COCO box file", Settings.Boxes);
        if (!File.Exists(file))
            throw new RadAuditException($"{file}: COCO box file not found. Check the path.");
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            return CocoDocumentReader.Read(document.RootElement, file);
        }
        catch (JsonException problem)
        {
            throw new RadAuditException($"{file}: not valid JSON ({problem.Message}). Export the annotations again as COCO JSON.", 1, problem);
        }
    }

    /// <summary>Reads annotations from JSON text; <paramref name="source"/> names it in errors.</summary>
    public static IReadOnlyList<LabelBox> ReadText(string json, string source)
    {
        using var document = JsonDocument.Parse(json);
        return CocoDocumentReader.Read(document.RootElement, source);
    }

    /// <summary>
    /// Writes the boxes atomically. <paramref name="imageSize"/> gives each image's size (COCO requires it;
    /// 0×0 is written when unknown); <paramref name="extraImages"/> lists images without boxes so a tool sees
    /// that they were checked.
    /// </summary>
    public static void Write(string file, IEnumerable<LabelBox> boxes,
        Func<string, (int Width, int Height)?>? imageSize = null, IEnumerable<string>? extraImages = null)
    {
        var list = boxes.ToList();
        AtomicFile.Write(file, stream =>
        {
            using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            CocoDocumentWriter.Write(writer, list, imageSize, extraImages);
        });
    }

    /// <summary>The boxes as COCO JSON text.</summary>
    public static string WriteText(IEnumerable<LabelBox> boxes, Func<string, (int Width, int Height)?>? imageSize = null)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            CocoDocumentWriter.Write(writer, boxes.ToList(), imageSize, null);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
