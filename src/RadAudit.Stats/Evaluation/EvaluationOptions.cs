namespace RadAudit.Stats.Evaluation;

/// <summary>Settings of <see cref="Evaluator"/> and <see cref="Comparer"/>.</summary>
public sealed record EvaluationOptions
{
    /// <summary>Image or study level (default image).</summary>
    public EvaluationLevel Level { get; init; } = EvaluationLevel.Image;

    /// <summary>Study score rule at study level (default mean, MURA's).</summary>
    public StudyAggregation Aggregation { get; init; } = StudyAggregation.Mean;

    /// <summary>Decision threshold: `score ≥ Threshold` is abnormal (default 0.5, as MURA).</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>Stratified bootstrap replicates; 0 skips the bootstrap (default 2000).</summary>
    public int BootstrapReplicates { get; init; } = 2000;

    /// <summary>Seed of the bootstrap (default 2021).</summary>
    public int Seed { get; init; } = 2021;

    /// <summary>Level of every confidence interval (default 0.95).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>"image" or "study", as written in JSON.</summary>
    public string LevelName => Level.ToString().ToLowerInvariant();

    /// <summary>"mean" or "max" at study level; null at image level, where no aggregation happens.</summary>
    public string? AggregationName => Level == EvaluationLevel.Study ? Aggregation.ToString().ToLowerInvariant() : null;
}
