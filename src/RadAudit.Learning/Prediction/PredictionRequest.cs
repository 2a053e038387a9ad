namespace RadAudit.Learning.Prediction;

/// <summary>What <c>radaudit predict</c> and the audit ask for: a run's model scoring a split or a folder.</summary>
public sealed record PredictionRequest
{
    /// <summary>The run folder written by training.</summary>
    public required string RunFolder { get; init; }

    /// <summary>"best" (lowest selection loss) or "last".</summary>
    public string Checkpoint { get; init; } = "best";

    /// <summary>Labelled data (MURA root or manifest); exclusive with <see cref="ImagesFolder"/>.</summary>
    public string? DataPath { get; init; }

    /// <summary>The split of <see cref="DataPath"/> to score.</summary>
    public string Split { get; init; } = "valid";

    /// <summary>A folder of unlabelled PNG/JPEG images; exclusive with <see cref="DataPath"/>.</summary>
    public string? ImagesFolder { get; init; }

    /// <summary>Masking variant applied before scoring (original, cover, labels-only, random-cover).</summary>
    public string Variant { get; init; } = "original";

    /// <summary>Label boxes the variant needs.</summary>
    public string? BoxesPath { get; init; }

    /// <summary>The predictions CSV to write (path,label,score,study,patient,body_part), atomically.</summary>
    public required string OutputCsv { get; init; }

    /// <summary>auto, cpu or cuda.</summary>
    public string Device { get; init; } = "auto";

    /// <summary>Loader threads.</summary>
    public int Workers { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);
}
