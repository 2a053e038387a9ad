using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Loading;
using RadAudit.Data.Sets;

namespace RadAudit.Learning.Training;

/// <summary>
/// One training condition of the study (what <c>radaudit train</c> and the audit ask for): an opened data set with
/// train and valid splits, a condition (how its burned-in labels are masked) with the label boxes it needs, and the
/// training options.
/// </summary>
public sealed record ConditionRequest
{
    /// <summary>The data, opened (and validated) by the caller; it is never reopened here.</summary>
    public required ImageDataSet Data { get; init; }

    /// <summary>How the labels are masked before the model sees an image.</summary>
    public Condition Condition { get; init; } = Condition.Original;

    /// <summary>The label boxes; required by every condition but the original.</summary>
    public BoxIndex? Boxes { get; init; }

    /// <summary>Fraction of train (whole patients) held out to select the model; null selects on valid (which
    /// inflates the valid figures; docs/training.md).</summary>
    public double? HoldoutFraction { get; init; }

    /// <summary>Random augmentation of training images (the loader's standard set).</summary>
    public bool Augment { get; init; } = true;

    /// <summary>Loader threads (0: decode on the training thread).</summary>
    public int Workers { get; init; } = LoaderOptions.DefaultWorkers;

    /// <summary>Architecture, epochs, learning rate, seed, device and the rest.</summary>
    public TrainingOptions Training { get; init; } = new();
}
