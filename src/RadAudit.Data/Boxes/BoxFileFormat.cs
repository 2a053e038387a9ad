using RadAudit.Core;

namespace RadAudit.Data.Boxes;

/// <summary>The two on-disk formats of label boxes.</summary>
public enum BoxFileFormat
{
    /// <summary>CSV with header <c>path,x,y,width,height,kind[,score]</c>.</summary>
    Csv,

    /// <summary>COCO object-detection JSON (images, annotations, categories).</summary>
    Coco,
}

/// <summary>Parses the <c>--format</c> option and guesses a format from a file name.</summary>
public static class BoxFileFormats
{
    /// <summary>Parses <c>csv</c> or <c>coco</c> (case-insensitive).</summary>
    public static BoxFileFormat Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "csv" => BoxFileFormat.Csv,
        "coco" => BoxFileFormat.Coco,
        _ => throw new RadAuditException($"Unknown box format '{text}'. Use csv or coco.", 2),
    };

    /// <summary>COCO for <c>.json</c> files, CSV otherwise.</summary>
    public static BoxFileFormat FromExtension(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? BoxFileFormat.Coco : BoxFileFormat.Csv;
}
