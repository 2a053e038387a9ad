namespace RadAudit.Audit.RunFolder;

/// <summary>Where a job stands in a run folder (decides what a rerun does with it).</summary>
public enum JobState
{
    /// <summary>No job folder yet: the job starts from scratch.</summary>
    Pending,

    /// <summary>A job folder without a <c>done</c> marker: interrupted; resume it from its checkpoint.</summary>
    Started,

    /// <summary>A job folder with a <c>done</c> marker: finished; its outputs are reused, never recomputed.</summary>
    Done,
}
