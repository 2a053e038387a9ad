using RadAudit.Core;
using RadAudit.Data.Boxes;
using RadAudit.Data.Loading;
using RadAudit.Data.Sets;

namespace RadAudit.Learning.Prediction;

/// <summary>What <c>radaudit predict</c> and the audit ask for: a run's model scoring an opened set of images.</summary>
public sealed record PredictionRequest
{
    /// <summary>The run folder written by training.</summary>
    public required string RunFolder { get; init; }

    /// <summary>"best" (lowest selection loss) or "last".</summary>
    public string Checkpoint { get; init; } = "best";

    /// <summary>The images to score (a split of labelled data, or an image folder), opened by the caller.</summary>
    public required ImageDataSet Data { get; init; }

    /// <summary>How the labels are masked before scoring.</summary>
    public Condition Condition { get; init; } = Condition.Original;

    /// <summary>Label boxes the condition needs.</summary>
    public BoxIndex? Boxes { get; init; }

    /// <summary>auto, cpu or cuda.</summary>
    public string Device { get; init; } = "auto";

    /// <summary>Loader threads.</summary>
    public int Workers { get; init; } = LoaderOptions.DefaultWorkers;
}
