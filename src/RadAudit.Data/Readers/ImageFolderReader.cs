using RadAudit.Core;
using RadAudit.Data.Sets;

namespace RadAudit.Data.Readers;

/// <summary>
/// Lists every PNG/JPEG below a folder (recursively, sorted by path so the order never depends on the file
/// system), unlabelled, for detection and prediction. Each image is its own study and patient.
/// </summary>
public static class ImageFolderReader
{
    private static readonly string[] Extensions = [".png", ".jpg", ".jpeg"];

    /// <summary>Reads <paramref name="folder"/>.</summary>
    public static ImageDataSet Read(string folder)
    {
        string root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
            throw new RadAuditException($"{folder}: image folder not found. Check the path.");
        var options = new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive };
        var records = Directory.EnumerateFiles(root, "*", options)
            .Where(file => Extensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(path => new ImageRecord(path, null, path, path, "", ""))
            .ToList();
        return new ImageDataSet(DataSetKind.ImageFolder, root, root, records, []);
    }
}
