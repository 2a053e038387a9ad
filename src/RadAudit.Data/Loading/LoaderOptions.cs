using RadAudit.Core;
using RadAudit.Imaging;
using RadAudit.Imaging.Transforms;

namespace RadAudit.Data.Loading;

/// <summary>Settings of an <see cref="ImageBatchLoader"/>; the defaults suit evaluation (no shuffle, no augmentation).</summary>
public sealed record LoaderOptions
{
    /// <summary>Model input side in pixels (square inputs; MURA used 320, ImageNet models 224).</summary>
    public int ImageSize { get; init; } = 224;

    /// <summary>Images per batch; the last batch may be smaller unless <see cref="DropLast"/>.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>True reshuffles the order every epoch (deterministically from <see cref="Seed"/> and the epoch).</summary>
    public bool Shuffle { get; init; }

    /// <summary>
    /// True draws each epoch's samples with replacement so both labels are equally likely (images with unknown
    /// labels form their own class); the epoch keeps the data set's length. Overrides <see cref="Shuffle"/>.
    /// </summary>
    public bool ClassBalanced { get; init; }

    /// <summary>Seed of the order and the augmentations.</summary>
    public int Seed { get; init; }

    /// <summary>
    /// Threads decoding and transforming in parallel; 0 does everything on the caller's thread. Output is identical
    /// for every value.
    /// </summary>
    public int Workers { get; init; } = DefaultWorkers;

    /// <summary>The default loader threads: one per core, at most 4 (decoding beyond that starves the model's threads).</summary>
    public static int DefaultWorkers { get; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Batches prepared ahead of the consumer (bounds memory: about (this + 1) batches in flight).</summary>
    public int PrefetchBatches { get; init; } = 2;

    /// <summary>True applies <see cref="Augmentation"/> after resizing (training only).</summary>
    public bool Augment { get; init; }

    /// <summary>The augmentations used when <see cref="Augment"/> is on (default: no horizontal flip).</summary>
    public IRandomTransform Augmentation { get; init; } = AugmentationPipeline.Standard();

    /// <summary>
    /// Optional hook applied to each decoded original image before resizing (e.g. masking burned-in labels with
    /// boxes in original pixel coordinates). It must not keep or change its input and must be thread-safe.
    /// </summary>
    public Func<ImageRecord, GrayImage, GrayImage>? Preprocess { get; init; }

    /// <summary>Pad (letterbox, default) or crop to the square input.</summary>
    public ResizeMode ResizeMode { get; init; } = ResizeMode.Pad;

    /// <summary>Loss weights per sample (default all 1; use <see cref="ClassWeights.MuraStudyType"/> to train like MURA).</summary>
    public ClassWeights Weights { get; init; } = ClassWeights.Uniform;

    /// <summary>Normalisation of the batch pixels (docs/data-contract.md).</summary>
    public PixelNormalization Normalization { get; init; } = PixelNormalization.Default;

    /// <summary>Drop a last, incomplete batch (useful with batch normalisation).</summary>
    public bool DropLast { get; init; }

    /// <summary>Decompression-bomb cap applied while decoding.</summary>
    public long MaxPixels { get; init; } = ImageCodec.DefaultMaxPixels;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first invalid setting.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ImageSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(BatchSize);
        ArgumentOutOfRangeException.ThrowIfNegative(Workers);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(PrefetchBatches);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxPixels);
        ArgumentNullException.ThrowIfNull(Augmentation);
        ArgumentNullException.ThrowIfNull(Weights);
        ArgumentNullException.ThrowIfNull(Normalization);
    }
}
