namespace RadAudit.Audit.Planning;

/// <summary>The kinds of `radaudit audit` invocation.</summary>
public enum AuditModeKind
{
    /// <summary>Run every job (resuming), then collect results and report.</summary>
    RunAll,

    /// <summary>Run one shard's jobs (resuming) and stop; collect later.</summary>
    RunShard,

    /// <summary>Print the jobs and their states; run nothing.</summary>
    Plan,

    /// <summary>Assemble results.json and report.html from finished jobs.</summary>
    Collect,
}
