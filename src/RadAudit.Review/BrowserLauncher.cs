using System.ComponentModel;
using System.Diagnostics;

namespace RadAudit.Review;

/// <summary>Opens a URL in the person's browser (xdg-open on Linux, open on macOS, the shell on Windows).</summary>
public static class BrowserLauncher
{
    /// <summary>
    /// Asks the desktop to open <paramref name="url"/>; returns null on success, else why it failed, so the caller
    /// can warn and go on (the URL is printed anyway; a server without a desktop is normal).
    /// </summary>
    public static string? TryOpen(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var start = OperatingSystem.IsWindows()
            ? new ProcessStartInfo(url.AbsoluteUri) { UseShellExecute = true }
            : new ProcessStartInfo(OperatingSystem.IsMacOS() ? "open" : "xdg-open", url.AbsoluteUri)
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
        try
        {
            using Process? process = Process.Start(start);
            if (process is null || OperatingSystem.IsWindows()) return null;
            // xdg-open returns once it has handed the URL over; a quick non-zero exit means nothing could open it.
            if (process.WaitForExit(TimeSpan.FromSeconds(5)) && process.ExitCode != 0)
                return $"{start.FileName} exited with {process.ExitCode}: {process.StandardError.ReadToEnd().Trim()}";
            return null;
        }
        catch (Win32Exception problem)
        {
            return $"{start.FileName}: {problem.Message}";
        }
    }
}
