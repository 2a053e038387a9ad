using RadAudit.Core;

namespace RadAudit.Imaging.Decoding;

/// <summary>
/// A file that could not be decoded, with the <see cref="Failure"/> kind so callers (validation, the loader) can
/// report it by name. The message names the file and the fix, like every <see cref="RadAuditException"/>.
/// </summary>
public sealed class ImageDecodeException : RadAuditException
{
    /// <summary>Creates the error for <paramref name="filePath"/>.</summary>
    public ImageDecodeException(string filePath, DecodeFailure failure, string detail)
        : base($"{filePath}: {detail}")
    {
        FilePath = filePath;
        Failure = failure;
    }

    /// <summary>The file at fault.</summary>
    public string FilePath { get; }

    /// <summary>What went wrong.</summary>
    public DecodeFailure Failure { get; }
}
