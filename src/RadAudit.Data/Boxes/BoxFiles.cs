using RadAudit.Core;

namespace RadAudit.Data.Boxes;

/// <summary>Reads and writes box files in either format (the one entry point verbs use).</summary>
public static class BoxFiles
{
    /// <summary>Reads boxes; the format defaults to the file's extension (<c>.json</c> = COCO).</summary>
    public static IReadOnlyList<LabelBox> Read(string file, BoxFileFormat? format = null) =>
        (format ?? BoxFileFormats.FromExtension(file)) == BoxFileFormat.Coco ? CocoBoxFile.Read(file) : BoxCsvFile.Read(file);

    /// <summary>Reads <paramref name="file"/> into an index that remembers the file (full path).</summary>
    public static BoxIndex ReadIndex(string file, BoxFileFormat? format = null) => new(Read(file, format), Path.GetFullPath(file));

    /// <summary>Writes boxes atomically in <paramref name="format"/>.</summary>
    public static void Write(string file, IEnumerable<LabelBox> boxes, BoxFileFormat format,
        Func<string, (int Width, int Height)?>? imageSize = null, IEnumerable<string>? extraImages = null)
    {
        if (format == BoxFileFormat.Coco) CocoBoxFile.Write(file, boxes, imageSize, extraImages);
        else BoxCsvFile.Write(file, boxes);
    }
}
