namespace RadAudit.Cli.Verbs;

/// <summary>The settings that made the shipped weights (weights/README.md); change them only together with the file.</summary>
public static class PretrainDefaults
{
    /// <summary>Seed of the label-free data and the training: no demo or test uses it, so the images are the demo's siblings, never its own.</summary>
    public const int Seed = 9021;

    /// <summary>Training studies (about 2.5 images each).</summary>
    public const int TrainStudies = 4000;

    /// <summary>Validation studies (select the best epoch).</summary>
    public const int ValidStudies = 400;

    /// <summary>Epochs: three on ~10,800 images took densenet-small at 128 px to valid AUC 0.82 when the generator's
    /// difficulty was calibrated (docs/synthetic-data.md), enough to know the anatomy.</summary>
    public const int Epochs = 3;

    /// <summary>Adam learning rate (from scratch, as the demo used to train).</summary>
    public const double LearningRate = 1e-3;
}
