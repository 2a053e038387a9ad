using RadAudit.Core;
using RadAudit.Imaging;
using RadAudit.Imaging.Transforms;

namespace RadAudit.Data.Loading;

/// <summary>
/// One image's way into a batch: decode → preprocessing hook (on the original) → aspect-preserving resize →
/// augmentation (seeded per image) → normalisation into the batch buffer.
/// </summary>
internal sealed class ImagePipeline(Func<ImageRecord, string> resolvePath, LoaderOptions options)
{
    /// <summary>The resized (and augmented) image of <paramref name="record"/>, not yet normalised.</summary>
    public ResizedImage Process(ImageRecord record, int sampleSeed)
    {
        GrayImage original = ImageCodec.Decode(resolvePath(record), options.MaxPixels);
        if (options.Preprocess is not null)
        {
            original = options.Preprocess(record, original);
            if (original is null) throw new InvalidOperationException($"{record.Path}: the preprocessing hook returned null.");
        }
        ResizedImage resized = AspectResize.Apply(original, options.ImageSize, options.ImageSize, options.ResizeMode);
        if (!options.Augment) return resized;
        // Geometry describes the resize only: augmentation is for training, where nothing is mapped back.
        return resized with { Image = options.Augmentation.Apply(resized.Image, new Random(sampleSeed)) };
    }
}
