namespace RadAudit.Core;

/// <summary>
/// An error the user can fix: its message names the file or option at fault and what to do. The CLI prints the
/// message as one line (no stack trace unless --verbose) and exits with <see cref="ExitCode"/>.
/// </summary>
public class RadAuditException : Exception
{
    /// <summary>Creates the error with a message that names what to fix.</summary>
    public RadAuditException(string message, int exitCode = 1, Exception? inner = null) : base(message, inner)
        => ExitCode = exitCode;

    /// <summary>Process exit code: 1 failure, 2 usage.</summary>
    public int ExitCode { get; }
}
