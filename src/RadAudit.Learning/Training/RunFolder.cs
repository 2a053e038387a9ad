namespace RadAudit.Learning.Training;

/// <summary>The layout of a run folder (<c>--out RUN</c>).</summary>
/// <param name="Root">The run folder.</param>
public sealed record RunFolder(string Root)
{
    /// <summary>Resolved options, seed, versions and data fingerprints.</summary>
    public string ConfigPath => Path.Combine(Root, "config.json");

    /// <summary>One JSON line per finished epoch (<see cref="EpochMetrics"/>).</summary>
    public string MetricsPath => Path.Combine(Root, "metrics.jsonl");

    /// <summary>Folder of the checkpoints.</summary>
    public string CheckpointsFolder => Path.Combine(Root, "checkpoints");

    /// <summary>The checkpoint called <paramref name="name"/> ("last" after every epoch, "best" at the lowest selection loss).</summary>
    public string Checkpoint(string name) => Path.Combine(CheckpointsFolder, name + ".ckpt");

    /// <summary>Path of the "last" checkpoint.</summary>
    public string LastCheckpoint => Checkpoint("last");

    /// <summary>Path of the "best" checkpoint.</summary>
    public string BestCheckpoint => Checkpoint("best");
}
