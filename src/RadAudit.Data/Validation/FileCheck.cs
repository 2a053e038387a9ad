using RadAudit.Core;
using RadAudit.Data.Sets;
using RadAudit.Imaging;
using RadAudit.Imaging.Decoding;

namespace RadAudit.Data.Validation;

/// <summary>Checks one record's file: path inside the root, present, non-empty, decodable, within the pixel cap.</summary>
internal static class FileCheck
{
    /// <summary>The problem with <paramref name="record"/>'s file (null if fine) and its size when readable.</summary>
    public static (DataProblem? Problem, (int Width, int Height)? Size) Run(
        ImageDataSet data, ImageRecord record, int index, ValidationOptions options)
    {
        if (!data.TryResolvePath(record, out string fullPath, out string escape))
            return (DataProblem.ForRecord(DataProblemKind.PathEscapesRoot, record.Path, escape, index), null);
        try
        {
            if (options.DecodePixels)
            {
                GrayImage image = ImageCodec.Decode(fullPath, options.MaxPixels);
                return (null, (image.Width, image.Height));
            }
            var size = ImageCodec.ReadSize(fullPath);
            if ((long)size.Width * size.Height > options.MaxPixels)
                throw new ImageDecodeException(fullPath, DecodeFailure.ImageTooLarge,
                    $"image too large: the header claims {size.Width}×{size.Height} pixels, over the cap of {options.MaxPixels}. Raise {Settings.Mention(Settings.MaxPixels)} or skip it with {Settings.Mention(Settings.SkipBad)}.");
            return (null, size);
        }
        catch (ImageDecodeException failure)
        {
            string message = failure.Message.StartsWith(fullPath + ": ", StringComparison.Ordinal)
                ? failure.Message[(fullPath.Length + 2)..]
                : failure.Message;
            return (DataProblem.ForRecord(KindOf(failure.Failure), record.Path, message, index), null);
        }
    }

    private static DataProblemKind KindOf(DecodeFailure failure) => failure switch
    {
        DecodeFailure.MissingFile => DataProblemKind.MissingFile,
        DecodeFailure.ZeroByteFile => DataProblemKind.ZeroByteFile,
        DecodeFailure.TruncatedImage => DataProblemKind.TruncatedImage,
        DecodeFailure.ImageTooLarge => DataProblemKind.ImageTooLarge,
        _ => DataProblemKind.UnreadableImage,
    };
}
