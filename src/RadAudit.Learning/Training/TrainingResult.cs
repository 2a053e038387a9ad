using RadAudit.Learning.Models.Pretrained;

namespace RadAudit.Learning.Training;

/// <summary>What a finished (or already finished, when resumed) training run reports.</summary>
/// <param name="Run">The run folder.</param>
/// <param name="BestEpoch">Epoch of the best checkpoint.</param>
/// <param name="BestSelectionLoss">Its selection loss.</param>
/// <param name="StopReason">Why training ended (epoch budget or early stopping).</param>
/// <param name="Metrics">Every epoch's metrics, including those before a resume.</param>
/// <param name="Pretrained">What loading --pretrained matched, or null without it (or on resume).</param>
public sealed record TrainingResult(
    RunFolder Run,
    int BestEpoch,
    double? BestSelectionLoss,
    string StopReason,
    IReadOnlyList<EpochMetrics> Metrics,
    PretrainedLoadReport? Pretrained);
