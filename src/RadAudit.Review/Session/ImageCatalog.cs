using RadAudit.Core;
using RadAudit.Data.Sets;
using RadAudit.Imaging;
using RadAudit.Imaging.Decoding;

namespace RadAudit.Review.Session;

/// <summary>Resolves every image of a data set and reads its size from the header (in parallel) once, at start.</summary>
public static class ImageCatalog
{
    /// <summary>
    /// The data set's images in its own order, each path once (a listed duplicate would write its boxes twice); an
    /// image that cannot be read carries its problem.
    /// </summary>
    public static IReadOnlyList<ReviewImage> Read(ImageDataSet data)
    {
        var records = data.Records.DistinctBy(record => record.Path, StringComparer.Ordinal).ToList();
        var images = new ReviewImage[records.Count];
        Parallel.For(0, images.Length, index => images[index] = Describe(data, records[index], index));
        return images;
    }

    private static ReviewImage Describe(ImageDataSet data, ImageRecord record, int index)
    {
        string path = record.Path;
        if (!data.TryResolvePath(record, out string file, out string problem))
            return new ReviewImage(index, path, null, 0, 0, problem);
        try
        {
            var (width, height) = ImageCodec.ReadSize(file);
            return new ReviewImage(index, path, file, width, height, null);
        }
        catch (ImageDecodeException failure)
        {
            return new ReviewImage(index, path, null, 0, 0, failure.Message);
        }
    }
}
