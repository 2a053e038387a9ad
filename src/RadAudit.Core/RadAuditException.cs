namespace RadAudit.Core;

/// <summary>
/// An error the user can fix: its message names the file or setting at fault and what to do, in the words of the
/// library that raises it. The CLI prints the message as one line (no stack trace unless --verbose), prefixed with
/// the option that sets <see cref="Setting"/>, and exits with <see cref="ExitCode"/>.
/// </summary>
public class RadAuditException : Exception
{
    /// <summary>Creates the error with a message that names what to fix.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="exitCode">1 failure, 2 usage.</param>
    /// <param name="inner">The underlying error, if any.</param>
    /// <param name="setting">The setting at fault (one of <see cref="Settings"/>), when one is.</param>
    public RadAuditException(string message, int exitCode = 1, Exception? inner = null, string? setting = null) : base(message, inner)
    {
        ExitCode = exitCode;
        Setting = setting;
    }

    /// <summary>Process exit code: 1 failure, 2 usage.</summary>
    public int ExitCode { get; }

    /// <summary>The setting the error is about (<see cref="Settings"/>), or null.</summary>
    public string? Setting { get; }
}
