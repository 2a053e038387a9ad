using RadAudit.Imaging.PngEncoding;

namespace RadAudit.Imaging;

public static partial class ImageCodec
{
    /// <summary>
    /// Encodes an 8-bit PNG with a chosen zlib level (1 fastest … 9 smallest), as grayscale or as RGB with three
    /// equal channels (MURA stores a few images as RGB). Only the Sub filter is used (trying all five per row
    /// dominates the time of encoding noisy radiographs). <paramref name="huffmanOnly"/> skips LZ matching, which
    /// finds little in sensor noise: for the synthetic radiographs it is both faster and smaller.
    /// </summary>
    public static byte[] EncodePng(GrayImage image, bool rgb, int compressionLevel, bool huffmanOnly = false)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentOutOfRangeException.ThrowIfLessThan(compressionLevel, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(compressionLevel, 9);
        return PngWriter.Encode(image, rgb, compressionLevel, huffmanOnly);
    }
}
