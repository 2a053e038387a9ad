using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Loading;
using RadAudit.Data.Sets;
using RadAudit.Imaging;
using RadAudit.Imaging.Masking;

namespace RadAudit.Learning.Training;

/// <summary>Turns a data set, a condition and the run's seed into loader settings (shared by train, predict and saliency).</summary>
public static class ConditionData
{
    /// <summary>The masking hook for <paramref name="condition"/>, or null for original images.</summary>
    /// <exception cref="RadAuditException">The condition needs label boxes and none were given.</exception>
    public static Func<ImageRecord, GrayImage, GrayImage>? MaskingHook(Condition condition, BoxIndex? boxes, int seed)
    {
        if (!condition.NeedsBoxes) return null;
        if (boxes is null)
            throw new RadAuditException($"the {condition.Name} condition needs the label boxes (from radaudit markers detect, or drawn by hand).",
                exitCode: 2, setting: Settings.Boxes);
        return MaskTransform.Hook(new MaskOptions(condition, Seed: seed), boxes.For);
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
            throw new RadAuditException($"{data.Source}: no images in the '{split}' split. MURA has train/ and valid/; a manifest needs a split column with both.",
                setting: Settings.Data);
        return part;
    }
}
