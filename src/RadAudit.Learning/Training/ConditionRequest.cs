namespace RadAudit.Learning.Training;

/// <summary>
/// One training condition of the study (what <c>radaudit train</c> and the audit ask for): a data set, a masking
/// variant of its burned-in labels, and the training options.
/// </summary>
public sealed record ConditionRequest
{
    /// <summary>MURA root, manifest CSV, or a folder with manifest.csv (RadAudit.Data.Sets.DataSetOpener).</summary>
    public required string DataPath { get; init; }

    /// <summary>original, cover, labels-only or random-cover (RadAudit.Imaging.Masking.MaskVariants).</summary>
    public string Variant { get; init; } = "original";

    /// <summary>Label boxes (CSV or COCO JSON) the variant needs; required for every variant but original.</summary>
    public string? BoxesPath { get; init; }

    /// <summary>Fraction of train (whole patients) held out to select the model (<c>--select-on holdout</c>);
    /// null selects on valid (which inflates the valid figures; docs/training.md).</summary>
    public double? HoldoutFraction { get; init; }

    /// <summary>Random augmentation of training images (the loader's standard set).</summary>
    public bool Augment { get; init; } = true;

    /// <summary>Loader threads (0: decode on the training thread).</summary>
    public int Workers { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Architecture, epochs, learning rate, seed, device and the rest.</summary>
    public TrainingOptions Training { get; init; } = new();
}
