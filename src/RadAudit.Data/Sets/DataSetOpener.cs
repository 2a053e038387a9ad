using RadAudit.Core;
using RadAudit.Data.Readers;

namespace RadAudit.Data.Sets;

/// <summary>
/// The one way to open data. <see cref="Open"/> takes what the user named with <c>--data</c>: a MURA root (the
/// folder holding <c>MURA-v1.1/</c>, or <c>MURA-v1.1/</c> itself), a manifest CSV file, or a folder holding
/// <c>manifest.csv</c>. <see cref="OpenImageFolder"/> is <c>--images DIR</c>: every PNG/JPEG, unlabelled.
/// </summary>
public static class DataSetOpener
{
    /// <summary>Opens labelled data; throws naming <paramref name="path"/> if it is none of the supported layouts.</summary>
    public static ImageDataSet Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (File.Exists(path)) return ManifestReader.Read(path);
        if (!Directory.Exists(path))
            throw new RadAuditException($"{path}: no such file or folder. Name a MURA folder or a manifest CSV, or open a plain folder with {Settings.Mention(Settings.Images)}.", setting: Settings.Data);
        if (MuraReader.FindMuraFolder(path) is not null) return MuraReader.Read(path);
        string manifest = Path.Combine(path, ManifestReader.DefaultFileName);
        if (File.Exists(manifest)) return ManifestReader.Read(manifest);
        throw new RadAuditException(
            $"{path}: found neither MURA-v1.1/*_image_paths.csv nor {ManifestReader.DefaultFileName}. " +
            $"Name the folder holding MURA-v1.1/ or a manifest CSV (path,label,...), or open unlabelled images with {Settings.Mention(Settings.Images)}.", setting: Settings.Data);
    }

    /// <summary>Opens every PNG/JPEG below <paramref name="folder"/>, unlabelled.</summary>
    public static ImageDataSet OpenImageFolder(string folder) => ImageFolderReader.Read(folder);
}
