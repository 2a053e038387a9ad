namespace RadAudit.Cli.Audit;

/// <summary>A finished job and the folder holding its outputs, as <c>--collect</c> hands them to the results assembly.</summary>
/// <param name="Job">The job.</param>
/// <param name="Folder">Its folder under <c>RUN/jobs/</c>.</param>
public sealed record CompletedJob(AuditJob Job, string Folder);
