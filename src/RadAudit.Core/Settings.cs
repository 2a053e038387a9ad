namespace RadAudit.Core;

/// <summary>
/// Names of the settings a library error can be about (<see cref="RadAuditException.Setting"/>). Libraries say what
/// is wrong in their own words; the command line maps each name to its option (--arch, --markers, …) when it prints.
/// </summary>
public static class Settings
{
    /// <summary>The data set (MURA folder, manifest or image folder).</summary>
    public const string Data = "data";

    /// <summary>The label boxes file.</summary>
    public const string Boxes = "boxes";

    /// <summary>A condition (masking variant) name.</summary>
    public const string Condition = "condition";

    /// <summary>The set of conditions an audit trains.</summary>
    public const string Conditions = "conditions";

    /// <summary>The model architecture.</summary>
    public const string Architecture = "architecture";

    /// <summary>The number of training seeds.</summary>
    public const string Seeds = "seeds";

    /// <summary>The compute device.</summary>
    public const string Device = "device";

    /// <summary>The weight and activation memory layout.</summary>
    public const string MemoryFormat = "memory-format";

    /// <summary>The compute precision.</summary>
    public const string Precision = "precision";

    /// <summary>The output folder or file.</summary>
    public const string Output = "output";

    /// <summary>The run folder to resume or read.</summary>
    public const string Resume = "resume";

    /// <summary>The pretrained weights file.</summary>
    public const string Pretrained = "pretrained";

    /// <summary>A split name.</summary>
    public const string Split = "split";

    /// <summary>The saliency method.</summary>
    public const string SaliencyMethod = "saliency-method";

    /// <summary>An external libtorch folder.</summary>
    public const string LibTorch = "libtorch";

    /// <summary>The image side in pixels.</summary>
    public const string ImageSize = "image-size";

    /// <summary>The audit shard.</summary>
    public const string Shard = "shard";

    /// <summary>Leaving out the images validation names, instead of stopping.</summary>
    public const string SkipBad = "skip-bad";

    /// <summary>Detecting the label boxes instead of reading them.</summary>
    public const string DetectBoxes = "detect-boxes";

    /// <summary>A checkpoint name (best or last).</summary>
    public const string Checkpoint = "checkpoint";

    /// <summary>An image folder (unlabelled images) instead of labelled data.</summary>
    public const string Images = "images";

    /// <summary>The largest image (width × height) accepted.</summary>
    public const string MaxPixels = "max-pixels";

    /// <summary>The number of training epochs.</summary>
    public const string Epochs = "epochs";

    /// <summary>The learning rate.</summary>
    public const string LearningRate = "learning-rate";

    /// <summary>The gradient clipping norm.</summary>
    public const string GradientClip = "gradient-clip";

    /// <summary>The early-stopping patience.</summary>
    public const string Patience = "patience";

    /// <summary>A trained model's run folder.</summary>
    public const string Model = "model";

    /// <summary>Replacing what an output folder holds.</summary>
    public const string Force = "force";

    /// <summary>A synthetic data set's study counts, confounding, difficulty, size or body parts.</summary>
    public const string Synthesis = "synthesis";

    /// <summary>The review server's port.</summary>
    public const string Port = "port";

    /// <summary>Images per training step.</summary>
    public const string BatchSize = "batch-size";

    /// <summary>The share of train held out to select the model.</summary>
    public const string HoldoutFraction = "holdout-fraction";

    /// <summary>Valid images explained per condition.</summary>
    public const string SaliencyImages = "saliency-images";

    /// <summary>Bootstrap replicates of the intervals.</summary>
    public const string Bootstrap = "bootstrap";

    /// <summary>How a classifier's outputs give the abnormality logit (one logit, or two class logits).</summary>
    public const string Head = "head";

    /// <summary>How pixels are normalised before a model sees them.</summary>
    public const string Normalisation = "normalisation";

    /// <summary>The channels a model's input has.</summary>
    public const string InputChannels = "input-channels";

    /// <summary>The probability at which a model's decision turns abnormal.</summary>
    public const string Threshold = "threshold";

    /// <summary>How a library message refers to another setting ("the skip-bad setting"); the command line shows
    /// the option instead ("--skip-bad"), so one message reads right in both.</summary>
    public static string Mention(string setting) => $"the {setting} setting";
}
