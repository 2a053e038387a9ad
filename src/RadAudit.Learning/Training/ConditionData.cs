using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Loading;
using RadAudit.Data.Sets;
using RadAudit.Imaging;
using RadAudit.Imaging.Masking;

namespace RadAudit.Learning.Training;

/// <summary>Turns a data set, a masking variant and the run's seed into loader settings (shared by train and predict).</summary>
public static class ConditionData
{
    /// <summary>The masking hook for <paramref name="variant"/>, or null for original images without boxes.</summary>
    public static Func<ImageRecord, GrayImage, GrayImage>? MaskingHook(string variant, string? boxesPath, int seed)
    {
        MaskVariant parsed = MaskVariants.Parse(variant);
        if (parsed == MaskVariant.Original) return null;
        if (boxesPath is null)
            throw new RadAuditException($"--variant {variant} needs the label boxes: pass --markers boxes.csv (from radaudit markers detect).", exitCode: 2);
        var index = new BoxIndex(BoxFiles.Read(boxesPath));
        return MaskTransform.Hook(new MaskOptions(parsed, Seed: seed), index.For);
    }

    /// <summary>Loader settings of the run; training shuffles, augments and drops a last incomplete batch.</summary>
    public static LoaderOptions Loader(TrainingOptions options, ClassWeights weights, Func<ImageRecord, GrayImage, GrayImage>? hook,
        int workers, bool training, bool augment) => new()
    {
        ImageSize = options.ImageSize,
        BatchSize = options.BatchSize,
        Seed = options.Seed,
        Weights = weights,
        Preprocess = hook,
        Workers = workers,
        Shuffle = training,
        Augment = training && augment,
        // A batch of one breaks batch normalisation's training statistics.
        DropLast = training,
    };

    /// <summary>The records of <paramref name="split"/>; throws naming the data and the fix when it is empty.</summary>
    public static ImageDataSet Split(ImageDataSet data, string split)
    {
        ImageDataSet part = data.ForSplit(split);
        if (part.Records.Count == 0)
            throw new RadAuditException($"{data.Source}: no images in the '{split}' split. MURA has train/ and valid/; a manifest needs a split column with both.");
        return part;
    }
}
