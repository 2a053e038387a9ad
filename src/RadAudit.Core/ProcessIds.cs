using System.Diagnostics;

namespace RadAudit.Core;

/// <summary>Whether a process of this machine still runs (stale temporary files and job locks are told apart by it).</summary>
public static class ProcessIds
{
    /// <summary>True when a process with id <paramref name="processId"/> runs on this machine (started at
    /// <paramref name="startedUtc"/>, when given, so a reused id does not count).</summary>
    public static bool IsRunning(int processId, DateTime? startedUtc = null)
    {
        if (processId <= 0) return false;
        try
        {
            using Process process = Process.GetProcessById(processId);
            if (process.HasExited) return false;
            return startedUtc is not DateTime started || Math.Abs((process.StartTime.ToUniversalTime() - started).TotalSeconds) < 2;
        }
        catch (Exception problem) when (problem is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception
                                        or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>When this process started (UTC), to record beside its id.</summary>
    public static DateTime CurrentStartUtc()
    {
        using Process current = Process.GetCurrentProcess();
        return current.StartTime.ToUniversalTime();
    }
}
