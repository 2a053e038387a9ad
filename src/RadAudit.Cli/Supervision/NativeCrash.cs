namespace RadAudit.Cli.Supervision;

/// <summary>Names the signal behind a child's exit status (128 + signal on Linux) and what it usually means.</summary>
internal static class NativeCrash
{
    /// <summary>The signal number of an exit status, or null for an ordinary exit.</summary>
    public static int? SignalOf(int exitCode) => exitCode is > 128 and < 160 ? exitCode - 128 : null;

    /// <summary>"SIGFPE (floating-point exception)".</summary>
    public static string Describe(int signal) => signal switch
    {
        4 => "SIGILL (illegal instruction)",
        6 => "SIGABRT (aborted)",
        7 => "SIGBUS (bus error)",
        8 => "SIGFPE (floating-point exception)",
        9 => "SIGKILL (killed: out of memory, or by another process)",
        11 => "SIGSEGV (segmentation fault)",
        15 => "SIGTERM (terminated)",
        _ => $"signal {signal}",
    };

    /// <summary>Whether the signal comes from a fault in native code (not from a user or the kernel's OOM killer).</summary>
    public static bool IsFault(int signal) => signal is 4 or 6 or 7 or 8 or 11;
}
