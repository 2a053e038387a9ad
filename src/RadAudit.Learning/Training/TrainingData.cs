namespace RadAudit.Learning.Training;

/// <summary>The splits a run uses.</summary>
/// <param name="Train">Optimised on (shuffled per epoch).</param>
/// <param name="Valid">Reported every epoch (loss, image- and study-level AUC).</param>
/// <param name="Selection">Drives model selection, the plateau schedule and early stopping. Null: the valid
/// split does, which inflates the valid figures (docs/training.md); pass a held-out part of train for honest
/// reporting.</param>
public sealed record TrainingData(IBatchSource Train, IBatchSource Valid, IBatchSource? Selection = null)
{
    /// <summary>How the splits were made (data path, masking variant, …): written to config.json and required to be
    /// unchanged on resume.</summary>
    public IReadOnlyDictionary<string, string> Description { get; init; } = new Dictionary<string, string>();

    /// <summary>The split that selects the model.</summary>
    public IBatchSource SelectionSource => Selection ?? Valid;

    /// <summary>"valid" or "holdout", as recorded in config.json and metrics.jsonl.</summary>
    public string SelectionName => Selection is null ? "valid" : "holdout";
}
