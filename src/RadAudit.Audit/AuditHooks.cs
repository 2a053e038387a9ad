using RadAudit.Audit.Planning;

namespace RadAudit.Audit;

/// <summary>How a caller follows an audit's jobs from outside (the command line's crash supervision uses both).</summary>
/// <param name="CrashSession">Jobs recorded as crashed in this session are skipped (the audit goes on with the
/// others and then says which died); null retries every job.</param>
/// <param name="JobChanged">Told the job and its folder when a job starts, and (null, null) when it has finished.</param>
public sealed record AuditHooks(string? CrashSession = null, Action<AuditJob?, string?>? JobChanged = null)
{
    /// <summary>No hooks.</summary>
    public static AuditHooks None { get; } = new();
}
