using System.Security.Cryptography;
using RadAudit.Core;
using RadAudit.Data.Sets;
using RadAudit.Imaging;
using RadAudit.Imaging.Decoding;

namespace RadAudit.Data.Validation;

/// <summary>Checks one record's file: path inside the root, a regular file, present, non-empty, decodable, within the
/// pixel cap; with <see cref="ValidationOptions.HashContent"/> also hashes its bytes.</summary>
internal static class FileCheck
{
    /// <summary>The problem with <paramref name="record"/>'s file (null if fine), its size when readable and, when
    /// asked for, the hash of its content.</summary>
    public static (DataProblem? Problem, (int Width, int Height)? Size, string? ContentHash) Run(
        ImageDataSet data, ImageRecord record, int index, ValidationOptions options)
    {
        if (!data.TryResolvePath(record, out string fullPath, out string escape, out bool loop))
            return (DataProblem.ForRecord(loop ? DataProblemKind.SymlinkLoop : DataProblemKind.PathEscapesRoot, record.Path, escape, index), null, null);
        try
        {
            byte[] bytes = ImageCodec.ReadFile(fullPath);
            string? hash = options.HashContent ? Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16)) : null;
            if (options.DecodePixels)
            {
                GrayImage image = ImageCodec.Decode(fullPath, bytes, options.MaxPixels);
                return (null, (image.Width, image.Height), hash);
            }
            var size = ImageCodec.ReadSize(fullPath, bytes);
            if ((long)size.Width * size.Height > options.MaxPixels)
                throw new ImageDecodeException(fullPath, DecodeFailure.ImageTooLarge,
                    $"image too large: the header claims {size.Width}×{size.Height} pixels, over the cap of {options.MaxPixels}. Raise {Settings.Mention(Settings.MaxPixels)} or skip it with {Settings.Mention(Settings.SkipBad)}.");
            return (null, size, hash);
        }
        catch (ImageDecodeException failure)
        {
            string message = failure.Message.StartsWith(fullPath + ": ", StringComparison.Ordinal)
                ? failure.Message[(fullPath.Length + 2)..]
                : failure.Message;
            return (DataProblem.ForRecord(KindOf(failure.Failure), record.Path, message, index), null, null);
        }
    }

    private static DataProblemKind KindOf(DecodeFailure failure) => failure switch
    {
        DecodeFailure.MissingFile => DataProblemKind.MissingFile,
        DecodeFailure.ZeroByteFile => DataProblemKind.ZeroByteFile,
        DecodeFailure.TruncatedImage => DataProblemKind.TruncatedImage,
        DecodeFailure.ImageTooLarge => DataProblemKind.ImageTooLarge,
        DecodeFailure.NotRegularFile => DataProblemKind.NotRegularFile,
        DecodeFailure.LinkLoop => DataProblemKind.SymlinkLoop,
        _ => DataProblemKind.UnreadableImage,
    };
}
